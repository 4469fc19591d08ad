package com.firstline.platform.web;

import com.firstline.platform.errors.Problem;
import com.firstline.platform.errors.ProblemException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The size rules of a request body, checked before a byte of it is parsed: a declared length over
 * the limit is refused at once, and a body sent without one (chunked) is cut off, with the same
 * 413, as soon as it passes the limit. Pure logic.
 */
public final class BodyLimit {
  private BodyLimit() {}

  /** The 413 problem for a body over {@code limit} bytes. */
  public static ProblemException tooLarge(long limit) {
    return new ProblemException(
        Problem.of(
            413,
            Problem.titleFor(413),
            "The request body is larger than this address accepts (" + limit + " bytes)."));
  }

  /** Refuses a declared length over the limit; {@code -1} means none was declared. */
  public static void checkDeclared(long declaredLength, long limit) {
    if (declaredLength > limit) {
      throw tooLarge(limit);
    }
  }

  /** The body, failing with a 413 problem once more than {@code limit} bytes have been read. */
  public static InputStream capped(InputStream body, long limit) {
    return new FilterInputStream(body) {
      private long read;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          count(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          count(n);
        }
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
      }

      private void count(long n) {
        read += n;
        if (read > limit) {
          throw tooLarge(limit);
        }
      }
    };
  }
}
