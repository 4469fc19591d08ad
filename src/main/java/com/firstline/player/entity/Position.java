package com.firstline.player.entity;

import com.firstline.scenario.model.Variables;

/**
 * Where an attempt stands: the node in front of the manager, the variables, and the sum of the
 * scores of the choices that led here.
 */
public record Position(String nodeId, Variables variables, int choiceScoreSum) {}
