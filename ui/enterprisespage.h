#pragma once
// The 企业 Enterprises page: the enterprises of the local copy as a table (EnterpriseListModel), searched
// by name, pinyin, initials or a USCC/phone fragment, filtered by district, industry, lifecycle stage and
// tag, sorted by name — in SQL on the reader thread (see ListPage for the search debounce, the states and
// the keyboard). Enter or a double click on a row emits enterpriseActivated(id).
//
// GUI thread. Does not own the DataContext.

#include "ui/listpage.h"

namespace gd {

class EnterpriseListModel;

class EnterprisesPage : public ListPage {
    Q_OBJECT
public:
    explicit EnterprisesPage(DataContext *context, QWidget *parent = nullptr);

    EnterpriseListModel *enterprises() const;

signals:
    void enterpriseActivated(const QString &id);

protected:
    Texts texts() const override;
    QStringList columnSamples(int column) const override;
    int stretchColumn() const override;
};

} // namespace gd
