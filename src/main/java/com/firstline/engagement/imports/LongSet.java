package com.firstline.engagement.imports;

/**
 * A set of 64-bit hashes in one array (open addressing), so that a million respondents can be
 * checked for duplicates without a million objects.
 */
final class LongSet {
  private long[] slots = new long[1 << 12];
  private boolean[] used = new boolean[1 << 12];
  private int size;

  /** Adds the value; false when it was already there. */
  boolean add(long value) {
    if (size * 2 >= slots.length) {
      grow();
    }
    int mask = slots.length - 1;
    int i = (int) (mix(value) & mask);
    while (used[i]) {
      if (slots[i] == value) {
        return false;
      }
      i = (i + 1) & mask;
    }
    used[i] = true;
    slots[i] = value;
    size++;
    return true;
  }

  private void grow() {
    long[] oldSlots = slots;
    boolean[] oldUsed = used;
    slots = new long[oldSlots.length * 2];
    used = new boolean[oldSlots.length * 2];
    size = 0;
    for (int i = 0; i < oldSlots.length; i++) {
      if (oldUsed[i]) {
        add(oldSlots[i]);
      }
    }
  }

  private static long mix(long value) {
    long z = value * 0x9E3779B97F4A7C15L;
    return z ^ (z >>> 29);
  }
}
