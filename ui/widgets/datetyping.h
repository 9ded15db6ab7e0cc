// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Dates and times typed as a person types them. Qt's date editors select a section (day, month,
// year) when reached with Tab, but not when clicked: the cursor lands at the end of a full
// section and every digit typed is refused, so « 15032026 » typed after a click changes
// nothing. Installed once on the application, this selects the section under the click for
// every QDateTimeEdit, QDateEdit and QTimeEdit of every window; the digits then fill it and
// move on to the next section, as after Tab.

class QApplication;
class QObject;

namespace adhera {

// Returns the filter, a child of app (deleting it uninstalls it).
QObject *installDateTyping(QApplication &app);

} // namespace adhera
