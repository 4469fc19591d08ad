package com.firstline.player.control;

import com.firstline.player.entity.Attempt;
import com.firstline.scenario.model.Module;

/** An attempt with its steps loaded, and the module version it is pinned to. */
public record Played(Attempt attempt, Module module, int version) {}
