package com.firstline.engagement.control;

import com.firstline.engagement.imports.CompletionFile;
import com.firstline.engagement.imports.OrgFile;
import com.firstline.engagement.imports.SurveyFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/** Writes one checked file in one transaction: all of it or, on any failure, nothing. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ImportWriter {
  @Inject ImportStore store;

  public String org(LocalDate asOf, List<OrgFile.Team> teams) {
    store.saveOrg(asOf, teams, false);
    return teams.size() + " teams as of " + asOf + ".";
  }

  public String survey(SurveyFile.Results results) {
    int teamWaves = store.replaceWaves(results, false);
    return results.rows()
        + " rows ("
        + results.shape().name().toLowerCase(java.util.Locale.ROOT)
        + " level): "
        + results.waves().size()
        + " waves, "
        + teamWaves
        + " team results.";
  }

  public String completions(List<CompletionFile.Completion> completions) {
    store.addCompletions(completions, false);
    return completions.size() + " completions, marked as imported.";
  }
}
