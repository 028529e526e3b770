// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebanner.h"

#include "thememanager.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace kx {

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_buttons(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_detail->setObjectName(QStringLiteral("bannerDetail"));
    m_text->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);
    m_detail->setTextFormat(Qt::PlainText);
    QFont bold = m_text->font();
    bold.setWeight(QFont::DemiBold);
    m_text->setFont(bold);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_close->setObjectName(QStringLiteral("bannerCloseButton"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close message"));
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });

    auto* texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_text);
    texts->addWidget(m_detail);
    m_buttons->setSpacing(6);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 6, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

MessageBanner::~MessageBanner() = default;

void MessageBanner::showMessage(Kind kind, const QString& text, const QString& detail)
{
    m_kind = kind;
    m_text->setText(text);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    for (QPushButton* b : std::as_const(m_actions))
        b->deleteLater();
    m_actions.clear();
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (kind == Kind::Warning)
        icon = QStyle::SP_MessageBoxWarning;
    else if (kind == Kind::Error)
        icon = QStyle::SP_MessageBoxCritical;
    else if (kind == Kind::Snapshot)
        icon = QStyle::SP_FileDialogInfoView;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    applyColors();
    show();
}

QPushButton* MessageBanner::addAction(const QString& id, const QString& text, bool primary)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(id + QStringLiteral("Button"));
    button->setDefault(primary);
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, [this, id] { Q_EMIT actionTriggered(id); });
    m_buttons->addWidget(button, 0, Qt::AlignVCenter);
    m_actions.append(button);
    return button;
}

void MessageBanner::setClosable(bool closable)
{
    m_close->setVisible(closable);
}

void MessageBanner::dismiss()
{
    hide();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

QString MessageBanner::detail() const
{
    return m_detail->text();
}

void MessageBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
}

void MessageBanner::applyColors()
{
    const bool dark = ThemeManager::isDark(QWidget::palette());
    QColor background;
    QColor border;
    switch (m_kind) {
    case Kind::Error:
        background = dark ? QColor(0x4a, 0x24, 0x27) : QColor(0xfd, 0xec, 0xec);
        border = dark ? QColor(0x8a, 0x3b, 0x40) : QColor(0xf0, 0xb4, 0xb4);
        break;
    case Kind::Warning:
        background = dark ? QColor(0x47, 0x3b, 0x1d) : QColor(0xfe, 0xf6, 0xe0);
        border = dark ? QColor(0x80, 0x6a, 0x2c) : QColor(0xf0, 0xd4, 0x8a);
        break;
    case Kind::Snapshot:
        background = dark ? QColor(0x33, 0x2d, 0x4a) : QColor(0xf1, 0xee, 0xfb);
        border = dark ? QColor(0x5c, 0x52, 0x85) : QColor(0xcf, 0xc6, 0xf0);
        break;
    case Kind::Info:
        background = dark ? QColor(0x1f, 0x35, 0x4d) : QColor(0xe9, 0xf2, 0xfd);
        border = dark ? QColor(0x35, 0x58, 0x80) : QColor(0xb6, 0xd2, 0xf5);
        break;
    }
    // Style sheet on this frame only (by object name), so child buttons keep the platform look.
    const QString sheet = QStringLiteral("QFrame#messageBanner { background: %1; border: 1px solid %2; border-radius: 6px; }")
                              .arg(background.name(), border.name());
    if (sheet != styleSheet())
        setStyleSheet(sheet);
}

} // namespace kx
