package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newstrends.annotate.RuleArticles.find;
import static org.newstrends.annotate.RuleArticles.quotedAt;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 round 44 (docs/accuracy-rounds.md): a quotation opening a sentence with no attribution of
 * its own after a sentence whose subject opens it with a present progressive ("is urging", "is
 * calling") or with "Former" before a title and a name; a parenthesis in the attribution after a
 * closing mark; on excerpts of dev-split items of ../shared/data with the project's gazetteers.
 */
class Round44SpeakersTest {

  /**
   * rss-2023-08:33103 (dev, draw 141 #52): both rules: "is" before "urging" was taken for a passive
   * auxiliary, and "Former" (a word of openers) barred the subject.
   */
  @Test
  void aProgressiveSubjectOwnsTheNextQuotation() {
    List<Mention> ms =
        find(
            "2023-08-28",
            "Trump presses Republicans to impeach Biden or 'fade into oblivion'",
            "Former President Trump is urging Republicans in Congress to either impeach President"
                + " Biden or “fade into oblivion.” “The Republicans in Congress, though well"
                + " meaning, keep talking about an Impeachment ‘Inquiry’ on Crooked Joe Biden."
                + " Look, the guy got bribed, he paid people off, and he wouldn’t give One Billion"
                + " Dollars to Ukraine unless they ‘got...");
    assertEquals("Former President Trump", quotedAt(ms, "Ukraine").speakerText());
  }

  /** rss-2023-09:10841 (dev): the same after a parenthesis ("Rep. French Hill (R-Ark.)"). */
  @Test
  void aProgressiveSubjectAfterAParenthesis() {
    List<Mention> ms =
        find(
            "2023-09-10",
            "GOP rep urges House to pass spending bills to have ‘negotiating clout’",
            "Rep. French Hill (R-Ark.) is calling for the House to pass the necessary"
                + " appropriations bills to have “negotiating clout” in later spending talks with"
                + " the Senate. “We don’t control the Senate, we don’t control the White House, but"
                + " what we do control is our own appropriations process and [House"
                + " Appropriations] Chairman Kay Granger [R-Texas] has...");
    assertEquals("Rep. French Hill", quotedAt(ms, "the White House").speakerText());
  }

  /**
   * rss-2023-04:5706 (dev, draw 141 #38): "Former" barred round 9's previous subject before a
   * quotation cut before its attribution.
   */
  @Test
  void aFormerTitleAndNameOwnTheNextQuotation() {
    List<Mention> ms =
        find(
            "2023-04-05",
            "Trump mocks failed Wisconsin judicial candidate for not seeking his endorsement",
            "Former President Trump took aim at Daniel Kelly, the losing Republican candidate for"
                + " the Wisconsin state Supreme Court who was defeated by a liberal candidate this"
                + " week, calling him a “foolish man” for not seeking the former president’s"
                + " endorsement. “He bragged that he won’t seek Trump’s Endorsement, so I didn’t"
                + " give it—which guaranteed his loss,”...");
    assertEquals("Former President Trump", quotedAt(ms, "Trump").speakerText());
  }

  /**
   * rss-2023-06:6871 (dev, draw 141 #15): "(D-Calif.)" after the name in the attribution after the
   * closing mark stopped its subject at the abbreviation's full stop.
   */
  @Test
  void aParenthesisInTheAttributionAfterTheQuotationIsMasked() {
    List<Mention> ms =
        find(
            "2023-06-06",
            "Democrats accuse GOP of overstepping authority on Trump probes",
            "Top Democratic leaders this week are racing to the defense of the Biden"
                + " administration’s investigations into former President Trump, saying Republicans"
                + " have overstepped their authority in demanding the release of Justice Department"
                + " (DOJ) documents related to those ongoing probes. \"Congress is the legislative"
                + " branch,” Rep. Ted Lieu (D-Calif.), vice chairman of the Democratic Caucus,"
                + " said...");
    // run on past the name over the parenthesis and the appositive (right, as in round 35)
    assertTrue(quotedAt(ms, "Congress").speakerText().startsWith("Rep. Ted Lieu"));
  }
}
