package org.newstrends.annotate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * A {@link CompiledGazetteer} as Java-serialized bytes: what the job broadcasts. Whatever {@code
 * spark.serializer} a cluster uses (Kryo cannot rebuild the JDK's immutable collections), it only
 * moves a byte array; each executor JVM deserializes it once, on first use.
 */
final class GazetteerBytes implements Serializable {
  private static final long serialVersionUID = 1L;

  private byte[] bytes;
  private transient CompiledGazetteer gazetteer;

  GazetteerBytes(CompiledGazetteer gazetteer) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(buffer)) {
      out.writeObject(gazetteer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.bytes = buffer.toByteArray();
    this.gazetteer = gazetteer;
  }

  synchronized CompiledGazetteer get() {
    if (gazetteer == null) {
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
        gazetteer = (CompiledGazetteer) in.readObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return gazetteer;
  }

  int size() {
    return bytes.length;
  }
}
