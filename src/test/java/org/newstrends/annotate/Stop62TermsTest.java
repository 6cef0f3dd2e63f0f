package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstrends.annotate.RuleArticles.deaths;
import static org.newstrends.annotate.RuleArticles.termsOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, stop 62 (docs/accuracy-rounds.md, "Stop 62"): a death that a harm, a modal verb or a
 * prevention says may come is no death; more heads after "death" that name no death; a crowd, a
 * robber or an animal that invades a building is no army's invasion. Dev-split items of
 * ../shared/data/jsonl (ids as DevSplitDump names them; title and description as the rss-2023
 * preset reads them, the description cut), with the project's gazetteers. Each rule came from two
 * fresh seeded dev draws and was read over every mention it changes on the whole dev split.
 */
class Stop62TermsTest {

  /** rss-2023-02:30534 (dev): death as the worst outcome of a harm that may come. */
  @Test
  void aHarmOrDeathThatMayComeIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-02-01",
            "FDA widens advisory on eye products after patients blinded, hospitalized",
            "The Food and Drug Administration (FDA) on Tuesday widened an advisory on artificial"
                + " tear products to include additional ones manufactured by Global Pharma"
                + " Healthcare Private Limited over concerns of a potential bacterial contamination"
                + " that could result in blindness or death."));
  }

  /** rss-2023-08:1564 and rss-2023-10:5219 (dev): deaths a modal verb or a prevention names. */
  @Test
  void deathsThatMayComeOrThatAMeasurePreventsAreNoDeaths() {
    assertEquals(
        List.of(),
        deaths(
            "2023-08-08",
            "UK foreign aid cuts could lead to thousands of deaths, report warns",
            "Hundreds of thousands more women will face unsafe abortions as a result of cuts to the"
                + " UK's overseas budget, ministers have been warned."));
    assertEquals(
        List.of("kills=death_verbs"),
        deaths(
            "2023-10-05",
            "The new malaria vaccine will prevent many deaths – but it’s by no means the end of the"
                + " disease",
            "A new vaccine against malaria – which kills 600,000 people every year, mostly children"
                + " – is to be injected into babies’ arms in 18 countries where the disease is most"
                + " deadly."));
  }

  /**
   * rss-2023-01:36276 (dev) and a constructed text: deaths that happened keep the term, with "may
   * have led to" and with a prevention that failed.
   */
  @Test
  void deathsThatHappenedStayTheTerm() {
    assertEquals(
        List.of("deaths=death_verbs", "deaths=death_verbs"),
        deaths(
            "2023-01-30",
            "Indonesia local trader forged ingredient label that may have led to cough syrup deaths"
                + " of 200 kids",
            "Industrial-grade chemicals were sold as pharmaceutical-grade by a local trader in"
                + " Indonesia. The ingredients found in cough syrups may have led to the deaths of"
                + " 200 kids."));
    assertEquals(
        List.of("deaths=death_verbs", "death=death_verbs"),
        deaths(
            "2023-05-02",
            null,
            "The inquest found the trust had failed to prevent deaths on the ward.",
            "Nothing was done to prevent the death of her son."));
  }

  /** rss-2023-05:43408, rss-2023-08:17586 and rss-2023-02:26796 (dev): death as a name or idea. */
  @Test
  void aDeathZoneADeathWallAndDeathFearedAreNoDeaths() {
    assertEquals(
        List.of(),
        deaths(
            "2023-05-24",
            "Sherpa guides rescue freezing climber from Everest 'death zone' in 'almost impossible'"
                + " mission",
            "A Malaysian climber was saved from the \"death zone\" of Mount Everest by Nepali Sherpa"
                + " guides and another climber."));
    assertEquals(
        List.of(),
        deaths(
            "2023-08-10",
            "The creepy 'satanic' find in home of Victoria's suspected mushroom poisoning cook: 'It"
                + " was disturbing, we called it the death wall'",
            "A tradesman claims he took a photo of a so-called 'death wall' covered in macabre and"
                + " satanic scrawled images inside the house of suspected poison mushroom cook Erin"
                + " Patterson."));
    assertEquals(
        List.of(),
        deaths(
            "2023-02-21",
            "Jane Fonda says she isn't scared of dying, but she has regrets",
            "Actress and activist Jane Fonda tells CNN's Chris Wallace why she is not afraid of"
                + " death, and if she has any regrets in her life."));
  }

  /** rss-2023-01:8380, rss-2023-04:5402 and rss-2023-01:9886 (dev): no army's invasion. */
  @Test
  void aCrowdARobberOrAHomeInvaderIsNoInvasion() {
    assertEquals(
        List.of(),
        termsOf(
            "invasion",
            "2023-01-09",
            "Supporters of Jair Bolsonaro invade Brazil’s congress",
            "Rioters have invaded and ransacked Brazil's Congress, presidential palace and Supreme"
                + " Court."));
    assertEquals(
        List.of(),
        termsOf(
            "invasion",
            "2023-04-05",
            "Man in Brazil kills 4 children, injures 3 at daycare center",
            "Authorities say a man invaded a daycare center with a hatchet, killing four children"
                + " and injuring at least three in southern Brazil"));
    assertEquals(
        List.of(),
        termsOf(
            "invasion",
            "2023-01-06",
            "Mom fatally shoots home invader to protect her 2 kids: Sheriff",
            "A Louisiana mom fatally shot a home invader to protect her two young children,"
                + " according to authorities."));
  }

  /**
   * rss-2023-04:843 (dev) and a constructed text: a state's invasion stays the term, with "the man
   * whose country invaded" and with troops near a word the rule lists.
   */
  @Test
  void aStatesInvasionStaysTheTerm() {
    assertEquals(
        List.of("invaded=invasion"),
        termsOf(
            "invasion",
            "2023-03-18",
            "War-crimes warrant for Putin could complicate Ukraine peace",
            "An international arrest warrant for President Vladimir Putin raises the prospect of"
                + " justice for the man whose country invaded Ukraine but complicates efforts to"
                + " end that war in peace talks"));
    assertEquals(
        List.of("invaded=invasion"),
        termsOf(
            "invasion",
            "2023-03-01",
            null,
            "Russian troops invaded the house of the village's mayor before dawn."));
  }

  /** rss-2023-01:12870 and rss-2023-03:41496 (dev): a killing that would or could have happened. */
  @Test
  void aKillingThatWouldOrCouldHaveHappenedIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-01-21",
            "'I had to flee Iran - if I stayed I would have been killed'",
            "Pershang Peighami arrived in England in an inflatable boat after a perilous journey"
                + " from the Kurdish region of Iran."));
    assertEquals(
        List.of(),
        deaths(
            "2023-03-31",
            "Jeremy Renner talks tragedy and triumph with Diane Sawyer",
            "Jeremy Renner has sat down for his first interview since the New Year's Day accident"
                + " that could have killed him."));
  }

  /**
   * rss-2023-04:2941 (dev) and a constructed text: "could have wanted to kill" a man who was
   * killed, and a death not yet confirmed, stay the term.
   */
  @Test
  void aKillingWantedOrNotYetConfirmedStaysTheTerm() {
    assertEquals(
        List.of("Killed=death_verbs", "kill=death_verbs", "died=death_verbs"),
        deaths(
            "2023-04-03",
            "Killed Russian blogger Vladlen Tatarsky was a soft target for his many enemies",
            "Many people could have wanted to kill Vladlen Tatarsky, the pro-war Russian blogger"
                + " who died in a bomb blast in a St Petersburg cafe on Sunday."));
    assertEquals(
        List.of("killed=death_verbs"),
        deaths(
            "2023-06-26",
            null,
            "More than 100 Russian soldiers may have been killed in a strike on their camp."));
  }

  /** rss-2023-01:8712 and rss-2023-08:15253 (dev): an early death risked, a death diced with. */
  @Test
  void anEarlyDeathRiskedAndADeathDicedWithAreNoDeaths() {
    assertEquals(
        List.of(),
        deaths(
            "2023-01-10",
            "How to eat to live longer, according to a new study",
            "You can reduce your risk of an early death for any reason by nearly 20%, just by"
                + " eating more foods from your choice of four healthy eating patterns, according"
                + " to a new study."));
    assertEquals(
        List.of(),
        deaths(
            "2023-08-14",
            "‘You don’t survive that’: Ukraine sappers dice with death to clear Russian mines",
            "Overworked and underequipped brigades face daily ordeal in the most heavily mined"
                + " country in the world"));
  }

  /** rss-2023-04:11383, rss-2023-05:37810 and rss-2023-01:31564 (dev): nobody killed. */
  @Test
  void noCasualtiesNoDeathsAndNobodyKilledAreNoDeaths() {
    assertEquals(
        List.of(),
        termsOf(
            "casualties",
            "2023-04-10",
            "US reports no casualties after rocket hits base in Syria",
            "The U.S. military said in a Monday statement that a single rocket struck its Mission"
                + " Support Site Conoco base in eastern Syria, with no casualties reported."));
    assertEquals(
        List.of(),
        deaths(
            "2023-05-25",
            "Guam ‘very blessed’ as Typhoon Mawar leaves with no reported deaths",
            "Typhoon Mawar, the strongest storm to hit Guam in two decades, has passed the"
                + " territory. While the typhoon flipped cars and tore off roofs, no deaths were"
                + " reported in the disaster."));
    assertEquals(
        List.of("Killed=death_verbs"),
        deaths(
            "2023-01-18",
            "Senior ISIS Leader in Somalia Killed in U.S. Special Operations Raid",
            "No civilians or Americans were killed or injured in the operation, officials said."));
  }

  /**
   * rss-2023-01:3727, rss-2023-10:32467 and rss-2023-01:10014 (dev): a death named after an
   * unrelated "no" or "without" stays the term.
   */
  @Test
  void aDeathAfterAnUnrelatedNegationStaysTheTerm() {
    assertEquals(
        List.of("dead=death_verbs", "dead=death_verbs"),
        deaths(
            "2023-01-03",
            "New Jersey mom, 51, shot dead Republican activist husband while he lay naked in bed"
                + " with the TV on",
            "Marylue Wigglesworth, 51, is being held without bail for shooting dead her"
                + " Republican-activist husband, David, on Christmas Day."));
    assertEquals(
        List.of("killed=death_verbs"),
        deaths(
            "2023-10-24",
            "Speeding driver with no licence killed 'bright, caring' girl, 16",
            "Sophie Geddes, 16, suffered horrific injuries after being hit by Florjan Dajti."));
    assertEquals(
        List.of("dead=death_verbs"),
        deaths(
            "2023-01-11",
            "'No one counts the dead': Situation in key Ukrainian town 'critical' in face of"
                + " massive Russian assault"));
  }

  /** rss-2023-01:27008 and rss-2023-09:26938 (dev): a death in a condition. */
  @Test
  void aDeathInAConditionIsNoDeath() {
    assertEquals(
        List.of(),
        deaths(
            "2023-01-30",
            "Afghan professor: 'If they kill me, I won't stay silent'",
            "Men must stand up and defend the rights of Afghan women and girls, a professor at a"
                + " Kabul university says."));
    assertEquals(
        List.of(),
        deaths(
            "2023-09-23",
            "How to get the best life insurance cover",
            "Life insurance can provide financial help for your loved ones, and maybe help them"
                + " make ends meet, in the event of your death."));
  }

  /**
   * rss-2023-02:8844 and rss-2023-02:16233 (dev): a death "if" asks about or undoes happened; a
   * constructed text for a death noun after "if" (rss-2023-08:7007's "If the 1994 death of Kurt
   * Cobain somehow symbolised ...").
   */
  @Test
  void aDeathThatIfAsksAboutOrUndoesStaysTheTerm() {
    assertEquals(
        List.of("killed=death_verbs"),
        deaths(
            "2023-02-10",
            "Police 'probe if Emma Pattison was killed by husband George'",
            "Emergency services were reportedly alerted by a member of staff who had heard"
                + " gunshots at the independent school in Surrey at around 1am."));
    assertEquals(
        List.of("death=death_verbs", "died=death_verbs", "died=death_verbs"),
        deaths(
            "2023-02-25",
            "After my brother’s death, my parents found the hope to try again. I am that hope",
            "If he hadn’t died, I would never have been born.",
            "A week after my mum’s 30th birthday, my brother died."));
    assertEquals(
        List.of("death=death_verbs"),
        deaths(
            "2023-08-18",
            null,
            "If the 1994 death of Kurt Cobain somehow symbolised young white alienation, the"
                + " decade had darker moments still."));
  }

  /** rss-2023-03:19673 and rss-2023-03:38923 (dev): an animal opening a headline dies. */
  @Test
  void anAnimalThatOpensAHeadlineIsTheOneThatDies() {
    assertEquals(List.of(), deaths("2023-03-15", "Zebra shot dead by police after it bit a man"));
    assertEquals(List.of(), deaths("2023-03-24", "Rhino dies at Werribee Open Range Zoo"));
  }

  /**
   * rss-2023-03:2404, rss-2023-09:13638 and rss-2023-02:5567 (dev): a person named with the opening
   * animal word, an animal that kills a person, and a word in capitals keep the term.
   */
  @Test
  void aPersonNearTheOpeningAnimalOrAWordInCapitalsKeepsTheTerm() {
    assertEquals(
        List.of("killed=death_verbs"),
        deaths("2023-03-02", "Buffalo firefighter killed in downtown blaze identified"));
    assertEquals(
        List.of("kills=death_verbs"),
        deaths(
            "2023-09-12",
            "Rhino kills female zookeeper and seriously injures her husband co-worker as he tries"
                + " to save her at Austrian zoo"));
    assertEquals(
        List.of("killed=death_verbs"),
        deaths(
            "2023-02-08",
            "SEAL Team 6 commandos that killed Bilal al-Sudani practiced raid in similar manner to"
                + " Bin Laden team"));
  }

  /** rss-2023-05:90 and rss-2023-10:5121 (dev): a war that may come is no war fought. */
  @Test
  void aWarThatMayComeIsNoWar() {
    assertEquals(
        List.of(),
        termsOf(
            "war",
            "2023-05-01",
            "Haiti on ‘brink of civil war’, humanitarian group warns",
            "Mercy Corps sounds the alarm about escalating violence between gangs and civilians as"
                + " Haiti faces hunger crisis."));
    assertEquals(
        List.of(),
        termsOf(
            "war",
            "2023-10-04",
            "Historic EU deal reached on how to manage sudden rise in asylum seekers",
            "In event of war, natural disaster or climate emergency, rules will allow frontline"
                + " states to move people swiftly to other EU countries"));
  }

  /**
   * rss-2023-07:17717 and rss-2023-09:15344 (dev): the risks or the prospect of a war being fought
   * name that war.
   */
  @Test
  void theRisksOfAWarBeingFoughtNameThatWar() {
    assertEquals(
        List.of("War=war", "war=war"),
        termsOf(
            "war",
            "2023-07-13",
            "War, Debt Distress, Inflation: G-20 Finance Chiefs Spar in India",
            "The finance and central bank chiefs of the world’s largest economies will debate the"
                + " risks of Russia’s prolonged war in Ukraine and yet another shift to resuming"
                + " interest rate hikes in meetings next week in Gandhinagar, India."));
    assertEquals(
        List.of("war=war"),
        termsOf(
            "war",
            "2023-09-09",
            null,
            "In Kyiv, the prospect of a long war is taking root in people's minds, suggesting a"
                + " dizzying human, military, economic and political challenge."));
  }
}
