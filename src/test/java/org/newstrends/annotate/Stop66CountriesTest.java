package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.ofType;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, stop 66 (docs/annotate.md, "Aliases several entities share"): "Channel Islander", a
 * demonym of Guernsey and of Jersey, is the island the article names; without one it stays one
 * mention reported ambiguous. No dev item has the word: the texts are constructed.
 */
class Stop66CountriesTest {

  @Test
  void aChannelIslanderIsTheIslandTheArticleNames() {
    assertEquals(
        List.of("Channel Islander=GG"),
        ofType(
            "country",
            "2023-05-02",
            null,
            "The Channel Islander, who grew up in St Peter Port, won the race."));
    assertEquals(
        List.of("Channel Islanders=JE", "Jersey=JE"),
        ofType("country", "2023-05-02", null, "Channel Islanders in Jersey voted on Sunday."));
    assertEquals(
        List.of("Channel Islander=ambiguous:channel islander"),
        ofType("country", "2023-05-02", null, "The Channel Islander won the race."));
  }
}
