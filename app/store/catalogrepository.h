#pragma once
// Reference data every role syncs: the region tree (districts → streets → communities → grids),
// departments, the tag catalogue and the service catalogue. Store thread.

#include "store/repository.h"

#include "domain/catalog.h"

namespace gd::store {

class RegionRepository : public Repository<Region> {
public:
    RegionRepository(Connection &connection, SearchIndex &search);
};

class DepartmentRepository : public Repository<Department> {
public:
    DepartmentRepository(Connection &connection, SearchIndex &search);
};

class TagRepository : public Repository<Tag> {
public:
    TagRepository(Connection &connection, SearchIndex &search);
};

class ServiceRepository : public Repository<ServiceItem> {
public:
    ServiceRepository(Connection &connection, SearchIndex &search);
};

} // namespace gd::store
