#pragma once
// The city's departments (table departments). Ids are short pinyin abbreviations that tests and other
// components rely on: wjw 卫健委, gaj 公安, jyj 教育, rsj 人社, mzj 民政, scjg 市场监管, swj 税务,
// sfj 司法, ybj 医保, zjj 住建, jtj 交通, gjj 公积金, hbj 生态环境, cgj 城管, and a few more.

#include <QString>

#include <vector>

namespace gd::server {

struct DemoDepartment {
    QString id;
    QString name;
    QString shortName;
};

class DepartmentCatalogue {
public:
    static const std::vector<DemoDepartment> &all();
    static const DemoDepartment *find(const QString &id);
};

} // namespace gd::server
