package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link CharOffsets} gives the offsets a loop over every char finds, up to the limit. */
class CharOffsetsTest {

  @Test
  void sameOffsetsAsALoopOverEveryChar() {
    Random random = new Random(7);
    char[] alphabet = {'a', ' ', '.', '\n', '"', '\u201C', '!', 'b'};
    char[] wanted = {'.', '\n', '"', '\u201C'};
    for (int round = 0; round < 2_000; round++) {
      char[] text = new char[random.nextInt(40)];
      for (int k = 0; k < text.length; k++) {
        text[k] = alphabet[random.nextInt(alphabet.length)];
      }
      String string = new String(text);
      int limit = text.length == 0 ? 0 : random.nextInt(text.length + 1);
      List<Integer> expected = new ArrayList<>();
      for (int i = 0; i < limit; i++) {
        if (new String(wanted).indexOf(text[i]) >= 0) {
          expected.add(i);
        }
      }
      CharOffsets offsets = new CharOffsets(string, limit, wanted);
      List<Integer> actual = new ArrayList<>();
      for (int i = offsets.next(); i < limit; i = offsets.next()) {
        actual.add(i);
      }
      assertEquals(expected, actual, string + " up to " + limit);
      assertEquals(limit, offsets.next(), "the limit once none is left");
    }
  }
}
