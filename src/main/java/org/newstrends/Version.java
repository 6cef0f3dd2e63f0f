package org.newstrends;

/** The newstrends version, from the jar manifest or {@code dev} when run from classes. */
public final class Version {

  private Version() {}

  public static String get() {
    String version = Version.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
