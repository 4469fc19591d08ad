package com.firstline.tracking.outbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * How many deliveries this node may have in flight to one platform at once, so a course finishing
 * together does not flood the LMS (which would answer 429s). Per node: the limit across a cluster
 * is this times the number of nodes.
 */
final class PlatformPermits {
  private final int perPlatform;
  private final Map<String, Semaphore> permits = new ConcurrentHashMap<>();

  PlatformPermits(int perPlatform) {
    this.perPlatform = perPlatform;
  }

  boolean tryAcquire(String platform) {
    return semaphore(platform).tryAcquire();
  }

  void release(String platform) {
    semaphore(platform).release();
  }

  private Semaphore semaphore(String platform) {
    return permits.computeIfAbsent(platform, p -> new Semaphore(perPlatform));
  }
}
