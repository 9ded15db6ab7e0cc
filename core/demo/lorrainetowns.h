// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The real towns and postcodes of Moselle (57) and Meurthe-et-Moselle (54), where L2C's members
// are: shared by the demo file and the generated club files, so both speak of the same places.

#include <QStringView>

namespace adhera::demo {

struct Town {
    QStringView postcode;
    QStringView city;
};

inline constexpr Town towns[] = {
    {u"57000", u"Metz"},
    {u"57050", u"Metz"},
    {u"57070", u"Metz"},
    {u"57950", u"Montigny-lès-Metz"},
    {u"57140", u"Woippy"},
    {u"57155", u"Marly"},
    {u"57100", u"Thionville"},
    {u"57970", u"Yutz"},
    {u"57700", u"Hayange"},
    {u"57600", u"Forbach"},
    {u"57200", u"Sarreguemines"},
    {u"57500", u"Saint-Avold"},
    {u"57800", u"Freyming-Merlebach"},
    {u"57400", u"Sarrebourg"},
    {u"54000", u"Nancy"},
    {u"54100", u"Nancy"},
    {u"54500", u"Vandœuvre-lès-Nancy"},
    {u"54520", u"Laxou"},
    {u"54600", u"Villers-lès-Nancy"},
    {u"54320", u"Maxéville"},
    {u"54270", u"Essey-lès-Nancy"},
    {u"54710", u"Ludres"},
    {u"54200", u"Toul"},
    {u"54300", u"Lunéville"},
    {u"54700", u"Pont-à-Mousson"},
};

} // namespace adhera::demo
