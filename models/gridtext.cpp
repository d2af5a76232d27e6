#include "models/gridtext.h"

namespace gd {

QString GridText::specialGroup(const QString &id)
{
    if (id == QLatin1String("living_alone_elderly"))
        return tr("Elderly living alone");
    if (id == QLatin1String("disabled"))
        return tr("People with disabilities");
    if (id == QLatin1String("low_income"))
        return tr("Low-income households");
    if (id == QLatin1String("veteran"))
        return tr("Veterans");
    if (id == QLatin1String("left_behind_child"))
        return tr("Left-behind children");
    if (id == QLatin1String("community_correction"))
        return tr("Under community correction");
    return id;
}

QString GridText::incidentCategory(const QString &category)
{
    if (category == QLatin1String("public_safety"))
        return tr("Public safety");
    if (category == QLatin1String("fire_hazard"))
        return tr("Fire hazard");
    if (category == QLatin1String("environment"))
        return tr("Environment and sanitation");
    if (category == QLatin1String("facility_damage"))
        return tr("Damaged facilities");
    if (category == QLatin1String("neighbour_dispute"))
        return tr("Neighbour dispute");
    if (category == QLatin1String("elderly_care"))
        return tr("Elderly care");
    if (category == QLatin1String("other"))
        return tr("Other");
    return category;
}

QString GridText::urgency(const QString &urgency)
{
    if (urgency == QLatin1String("low"))
        return tr("Low");
    if (urgency == QLatin1String("normal"))
        return tr("Normal");
    if (urgency == QLatin1String("high"))
        return tr("High");
    if (urgency == QLatin1String("critical"))
        return tr("Critical");
    return urgency;
}

QString GridText::incidentStatus(const QString &status)
{
    if (status == QLatin1String("reported"))
        return tr("Reported");
    if (status == QLatin1String("accepted"))
        return tr("Accepted");
    if (status == QLatin1String("resolved"))
        return tr("Resolved");
    return status;
}

QString GridText::taskState(const QString &state)
{
    if (state == QLatin1String("open"))
        return tr("Open");
    if (state == QLatin1String("acknowledged"))
        return tr("Acknowledged");
    if (state == QLatin1String("done"))
        return tr("Done");
    if (state == QLatin1String("cancelled"))
        return tr("Cancelled");
    return state;
}

QString GridText::regionLevel(const QString &level)
{
    if (level == QLatin1String("district"))
        return tr("District");
    if (level == QLatin1String("street"))
        return tr("Street");
    if (level == QLatin1String("community"))
        return tr("Community");
    if (level == QLatin1String("grid"))
        return tr("Grid");
    return level;
}

QString GridText::notSynced()
{
    return tr("Not synced");
}

} // namespace gd
