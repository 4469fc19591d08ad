package com.firstline.player.control;

import com.firstline.scenario.model.GradePolicy;

/**
 * A manager's grade for a module in one course link, by the module's {@link GradePolicy}: the
 * figure the LMS gradebook receives, the board shows and the ending page states.
 *
 * @param completions how many completed attempts it was chosen from
 * @param sentToLms whether this grade goes to an LMS gradebook (attempts of a course link do)
 */
public record CourseGrade(
    int score, int maximum, GradePolicy policy, int completions, boolean sentToLms) {}
