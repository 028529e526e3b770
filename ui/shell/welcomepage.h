// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCommandLinkButton;

namespace kx {

/// What a first start without a key shows: connect an account, or explore the demo account.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);
    ~WelcomePage() override;

Q_SIGNALS:
    void connectRequested();
    void demoRequested();

private:
    QCommandLinkButton* m_connect;
    QCommandLinkButton* m_demo;
};

} // namespace kx
