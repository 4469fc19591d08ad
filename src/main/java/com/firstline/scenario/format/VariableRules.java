package com.firstline.scenario.format;

import com.firstline.scenario.format.Located.LocatedChoice;
import com.firstline.scenario.model.Condition;
import com.firstline.scenario.model.Condition.Comparison;
import com.firstline.scenario.model.Ending;
import com.firstline.scenario.model.Module;
import com.firstline.scenario.model.VariableDeclaration;
import com.firstline.scenario.model.VariableType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Variables are declared once and then used with their type: numbers are compared and added to,
 * yes/no values are tested and set. A mismatch would silently never hold at play time, so it is an
 * error here.
 */
final class VariableRules {

  private final Module module;
  private final Reporter report;

  private VariableRules(Module module, Reporter report) {
    this.module = module;
    this.report = report;
  }

  static void check(Module module, Reporter report) {
    VariableRules rules = new VariableRules(module, report);
    rules.initialValuesMatchTheirType();
    for (LocatedChoice located : Located.choices(module)) {
      rules.conditionUsesDeclaredVariables(
          located.choice().condition(),
          located.pointer() + "/when",
          "Choice '" + located.choice().id() + "'");
      for (int k = 0; k < located.choice().routes().size(); k++) {
        rules.conditionUsesDeclaredVariables(
            located.choice().routes().get(k).condition(),
            located.routeConditionPointer(k),
            "Choice '" + located.choice().id() + "'");
      }
      rules.effectsUseDeclaredVariables(located);
    }
    for (Located.LocatedNode located : Located.nodes(module)) {
      if (located.node() instanceof Ending ending) {
        for (int k = 0; k < ending.paragraphs().size(); k++) {
          rules.conditionUsesDeclaredVariables(
              ending.paragraphs().get(k).condition(),
              located.pointer() + "/paragraphs/" + k + "/when",
              "Ending '" + ending.id() + "'");
        }
      }
    }
  }

  private void initialValuesMatchTheirType() {
    for (VariableDeclaration variable : module.variables()) {
      if (!variable.type().accepts(variable.initial())) {
        report.at(
            "/variables/" + variable.name() + "/initial",
            "Variable '"
                + variable.name()
                + "' is "
                + variable.type().plainName()
                + " but starts as "
                + variable.initial()
                + ".");
      }
    }
  }

  private void conditionUsesDeclaredVariables(Condition condition, String pointer, String ownerId) {
    if (condition == null) {
      return;
    }
    for (Comparison comparison : condition.comparisons()) {
      Optional<VariableDeclaration> declared = declared(comparison.variable(), pointer, ownerId);
      if (declared.isEmpty()) {
        continue;
      }
      VariableType type = declared.get().type();
      if (type == VariableType.BOOLEAN
          && !(comparison.value() instanceof Boolean && comparison.operator().isEquality())) {
        report.at(
            pointer,
            "'"
                + comparison.variable()
                + "' is a yes/no variable, so '"
                + comparison
                + "' can never be checked. Write '"
                + comparison.variable()
                + "' or 'not "
                + comparison.variable()
                + "'.");
      } else if (type == VariableType.INTEGER && comparison.value() instanceof Boolean) {
        report.at(
            pointer,
            "'"
                + comparison.variable()
                + "' is a number, not a yes/no variable. Compare it, for example '"
                + comparison.variable()
                + " >= 1'.");
      }
    }
  }

  private void effectsUseDeclaredVariables(LocatedChoice located) {
    for (Map.Entry<String, Object> effect : located.choice().effects().entrySet()) {
      String pointer = located.pointer() + "/effects/" + effect.getKey();
      Optional<VariableDeclaration> declared =
          declared(effect.getKey(), pointer, "Choice '" + located.choice().id() + "'");
      if (declared.isEmpty() || declared.get().type().accepts(effect.getValue())) {
        continue;
      }
      String message =
          declared.get().type() == VariableType.BOOLEAN
              ? "Choice '%s' adds %s to '%s', which is a yes/no variable: set it to true or false."
              : "Choice '%s' sets '%s' to %s, but it is a number: give the amount to add, such as"
                  + " 1 or -1.";
      report.at(
          pointer,
          declared.get().type() == VariableType.BOOLEAN
              ? String.format(message, located.choice().id(), effect.getValue(), effect.getKey())
              : String.format(message, located.choice().id(), effect.getKey(), effect.getValue()));
    }
  }

  private Optional<VariableDeclaration> declared(String name, String pointer, String ownerId) {
    Optional<VariableDeclaration> declared = module.variable(name);
    if (declared.isEmpty()) {
      List<String> names = module.variables().stream().map(VariableDeclaration::name).toList();
      report.at(
          pointer,
          ownerId
              + " uses the variable '"
              + name
              + "', which is not declared under 'variables'."
              + Suggestions.didYouMean(name, names));
    }
    return declared;
  }
}
