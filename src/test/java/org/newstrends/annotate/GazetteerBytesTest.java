package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/**
 * The broadcast gazetteer survives Kryo, the serializer many clusters set: a standalone-cluster run
 * with Kryo failed on the executors before the gazetteer travelled as bytes.
 */
class GazetteerBytesTest {

  private static <T> T kryoRoundTrip(T value, Class<T> type) {
    SerializerInstance kryo = new KryoSerializer(new SparkConf()).newInstance();
    ClassTag<T> tag = ClassTag$.MODULE$.apply(type);
    ByteBuffer bytes = kryo.serialize(value, tag);
    return kryo.deserialize(bytes, tag);
  }

  @Test
  void survivesKryoAndStillMatches() {
    CompiledGazetteer gazetteer = GazetteerLoader.compile(SeedMentionsTest.GAZETTEERS);
    GazetteerBytes back = kryoRoundTrip(new GazetteerBytes(gazetteer), GazetteerBytes.class);
    MentionFinder finder = new MentionFinder(back.get(), 40);
    List<Mention> mentions =
        finder.find(
            MentionFinder.segments("Iranian drones over Ukraine", null, null, List.of(), List.of()),
            LocalDate.of(2023, 12, 7));
    assertEquals(List.of("IR", "UA"), mentions.stream().map(Mention::entityId).sorted().toList());
  }

  @Test
  void theGazetteerItselfDoesNotSurviveKryo() {
    CompiledGazetteer gazetteer = GazetteerLoader.compile(SeedMentionsTest.GAZETTEERS);
    assertThrows(RuntimeException.class, () -> kryoRoundTrip(gazetteer, CompiledGazetteer.class));
  }
}
