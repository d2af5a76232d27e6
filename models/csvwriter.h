#pragma once
// CSV export of item models for spreadsheets: UTF-8 with a byte-order mark (so Excel opens Chinese text
// correctly), CRLF line ends, RFC 4180 quoting, numbers as plain numbers, and text that a spreadsheet
// would take for a formula (= + - @ at the start) prefixed with an apostrophe. Several tables go into one
// file as sections: a title line, the header line, the rows, an empty line. Stateless.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

class QAbstractItemModel;

namespace gd::csv {

struct Section {
    QString title; // empty: no title line
    const QAbstractItemModel *model = nullptr;
    QList<int> columns; // the columns to write, in order; empty: all
};

QString field(const QVariant &value);
QByteArray write(const QList<Section> &sections);

} // namespace gd::csv
