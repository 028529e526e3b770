// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

namespace kx {

/**
 * Light, dark or the system's look. Qt 6.4 has no colour-scheme API, so themes are palettes:
 * System restores the style and palette the application started with, Light and Dark use Fusion
 * with a light or a dark palette.
 * @note Changes the QApplication's style and palette; GUI thread only.
 */
class ThemeManager : public QObject
{
    Q_OBJECT

public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    /// Remembers the application's current style and palette as "System".
    explicit ThemeManager(QObject* parent = nullptr);
    ~ThemeManager() override;

    Theme theme() const { return m_theme; }
    void setTheme(Theme theme);

    /// "system", "light", "dark" (settings spelling) and back; unknown text gives System.
    static QString themeKey(Theme theme);
    static Theme themeFromKey(const QString& key);

    static QPalette lightPalette();
    static QPalette darkPalette();
    /// Whether @p palette has light text on a dark window (for icons and banners).
    static bool isDark(const QPalette& palette);

Q_SIGNALS:
    void themeChanged(kx::ThemeManager::Theme theme);

private:
    Theme m_theme = Theme::System;
    QString m_systemStyle;
    QPalette m_systemPalette;
};

} // namespace kx
