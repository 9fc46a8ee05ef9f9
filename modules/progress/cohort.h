#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace cca::progress {

// A course intake or a unit: a named group of officers that modules are assigned to.
struct Cohort
{
    QString id;
    QString name;
    QDateTime createdAt;
};

// A module assigned to a cohort or to one officer, with a due date.
struct Assignment
{
    QString id;
    QString moduleId;
    QString cohortId;  // set for a cohort assignment
    QString officerId; // set for a personal assignment
    QDate due;
    QString assignedBy; // officer id of the trainer
    QDateTime createdAt;
};

} // namespace cca::progress
