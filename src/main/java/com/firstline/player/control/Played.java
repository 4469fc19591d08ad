package com.firstline.player.control;

import com.firstline.player.entity.Attempt;
import com.firstline.scenario.model.Module;

/**
 * An attempt with its steps loaded, the module version it is pinned to, and, once it is completed,
 * the manager's grade in its course link.
 *
 * @param grade null while the attempt is in progress
 * @param previousPlan the action plan the manager wrote at their latest earlier attempt, while this
 *     one stands at its start; otherwise null
 */
public record Played(
    Attempt attempt, Module module, int version, CourseGrade grade, PreviousPlan previousPlan) {}
