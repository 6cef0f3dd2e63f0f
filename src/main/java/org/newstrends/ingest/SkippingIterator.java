package org.newstrends.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** Maps an iterator lazily, dropping elements the function maps to null (blank lines). */
final class SkippingIterator<A, B> implements Iterator<B> {

  private final Iterator<A> source;
  private final Function<A, B> fn;
  private B next;

  SkippingIterator(Iterator<A> source, Function<A, B> fn) {
    this.source = source;
    this.fn = fn;
  }

  @Override
  public boolean hasNext() {
    while (next == null && source.hasNext()) {
      next = fn.apply(source.next());
    }
    return next != null;
  }

  @Override
  public B next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    B b = next;
    next = null;
    return b;
  }

  /** This iterator mapped by another function (which must not return null). */
  <C> Iterator<C> map(Function<B, C> then) {
    return new SkippingIterator<>(this, then);
  }
}
