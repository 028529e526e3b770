// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include <QCommandLinkButton>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace kx {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_connect(new QCommandLinkButton(tr("Connect your Klaviyo account"),
          tr("Use a private API key with read access. It is kept in your system's keychain."), this))
    , m_demo(new QCommandLinkButton(tr("Explore the demo account"),
          tr("A realistic online shop with two years of emails, flows and orders. No key needed."), this))
{
    setObjectName(QStringLiteral("welcomePage"));
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_demo->setObjectName(QStringLiteral("demoButton"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/klaviyo-explorer.svg")).pixmap(72, 72));
    icon->setAlignment(Qt::AlignHCenter);

    auto* title = new QLabel(tr("Welcome to Klaviyo Metrics Explorer"), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignHCenter);

    auto* subtitle = new QLabel(
        tr("See how your emails, flows and orders perform over time: pick a metric, choose a range, and chart it."), this);
    subtitle->setWordWrap(true);
    subtitle->setAlignment(Qt::AlignHCenter);
    QPalette muted = subtitle->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    subtitle->setPalette(muted);

    // A fixed card width lets the wrapped texts claim their full height: a centred widget in a
    // box layout gets its size hint, which ignores height-for-width.
    constexpr int kCardWidth = 560;
    auto* card = new QWidget(this);
    card->setFixedWidth(kCardWidth);
    icon->setMinimumHeight(80);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setSpacing(12);
    cardLayout->addWidget(icon);
    cardLayout->addWidget(title);
    cardLayout->addWidget(subtitle);
    cardLayout->addSpacing(16);
    cardLayout->addWidget(m_connect);
    cardLayout->addWidget(m_demo);
    const QMargins margins = cardLayout->contentsMargins();
    const int inner = kCardWidth - margins.left() - margins.right();
    for (QCommandLinkButton* button : { m_connect, m_demo })
        button->setMinimumHeight(button->heightForWidth(inner));
    subtitle->setMinimumHeight(subtitle->heightForWidth(inner));

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(card, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    connect(m_connect, &QCommandLinkButton::clicked, this, &WelcomePage::connectRequested);
    connect(m_demo, &QCommandLinkButton::clicked, this, &WelcomePage::demoRequested);
}

WelcomePage::~WelcomePage() = default;

} // namespace kx
