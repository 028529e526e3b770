// SPDX-License-Identifier: GPL-3.0-or-later
#include "thememanager.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace kx {

ThemeManager::ThemeManager(QObject* parent)
    : QObject(parent)
    , m_systemStyle(QApplication::style() ? QApplication::style()->name() : QString())
    , m_systemPalette(QApplication::palette())
{
}

ThemeManager::~ThemeManager() = default;

void ThemeManager::setTheme(Theme theme)
{
    if (theme == m_theme)
        return;
    if (theme == Theme::System) {
        if (!m_systemStyle.isEmpty())
            QApplication::setStyle(QStyleFactory::create(m_systemStyle));
        QApplication::setPalette(m_systemPalette);
    } else {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
    }
    m_theme = theme;
    Q_EMIT themeChanged(theme);
}

QString ThemeManager::themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

ThemeManager::Theme ThemeManager::themeFromKey(const QString& key)
{
    if (key == u"light")
        return Theme::Light;
    if (key == u"dark")
        return Theme::Dark;
    return Theme::System;
}

QPalette ThemeManager::lightPalette()
{
    QPalette p;
    const QColor window(0xf5, 0xf6, 0xf8);
    const QColor base(0xff, 0xff, 0xff);
    const QColor text(0x1f, 0x23, 0x28);
    const QColor highlight(0x2f, 0x6f, 0xde);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf2, 0xf5));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x86, 0x8f));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xee, 0xf0, 0xf3));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe3, 0xe6, 0xea));
    p.setColor(QPalette::Mid, QColor(0xb8, 0xbe, 0xc6));
    p.setColor(QPalette::Dark, QColor(0x9a, 0xa1, 0xab));
    p.setColor(QPalette::Shadow, QColor(0x60, 0x66, 0x70));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, highlight);
    p.setColor(QPalette::LinkVisited, QColor(0x6a, 0x4c, 0xc2));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0xa0, 0xa5, 0xad));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xa5, 0xad));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xa0, 0xa5, 0xad));
    return p;
}

QPalette ThemeManager::darkPalette()
{
    QPalette p;
    const QColor window(0x23, 0x26, 0x2b);
    const QColor base(0x1a, 0x1c, 0x20);
    const QColor text(0xe4, 0xe6, 0xea);
    const QColor disabled(0x7a, 0x80, 0x8a);
    const QColor highlight(0x3d, 0x7e, 0xea);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x29, 0x2e));
    p.setColor(QPalette::ToolTipBase, QColor(0x30, 0x33, 0x39));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x90, 0x99));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2d, 0x31, 0x37));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3e, 0x45));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x37, 0x3d));
    p.setColor(QPalette::Mid, QColor(0x45, 0x4a, 0x52));
    p.setColor(QPalette::Dark, QColor(0x15, 0x17, 0x1a));
    p.setColor(QPalette::Shadow, QColor(0x0b, 0x0c, 0x0e));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xaa, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x40, 0x44, 0x4b));
    return p;
}

bool ThemeManager::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

} // namespace kx
