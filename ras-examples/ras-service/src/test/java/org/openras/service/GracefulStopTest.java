package org.openras.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stop lets the requests under way finish, a streaming batch whose body is still arriving
 * included, within the grace period, and refuses new connections meanwhile (issue 15).
 */
class GracefulStopTest {
  @TempDir Path dir;

  @Test
  void aBatchStillArrivingWhenTheStopBeginsGetsEveryLine() throws Exception {
    Served.copy(Served.TABLE, dir.resolve(Served.TABLE));
    Served served =
        new Served(
            ServiceConfig.directory(dir)
                .withTimings(Duration.ofSeconds(5), Duration.ofHours(1), Duration.ofSeconds(10)));
    String line = Batch.minify(Served.resource(Served.ASSESSMENT)) + "\n";
    int lines = 6;
    CompletableFuture<Void> stopped = null;
    int port = served.service.port();
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /v1/batch HTTP/1.1\r\nHost: localhost\r\n"
                  + "Content-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < lines; i++) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(b.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(b);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        if (i == 1) {
          // the batch is under way (its handler reading the body) when the stop begins
          long until = System.nanoTime() + 10_000_000_000L;
          while (served.service.requestsUnderWay() == 0 && System.nanoTime() < until) {
            Thread.sleep(10);
          }
          assertThat(served.service.requestsUnderWay()).isEqualTo(1);
          stopped = CompletableFuture.runAsync(served::close);
        }
        Thread.sleep(i == 1 ? 1_500 : 300);
      }
      // the stop has begun and waits: a new connection is no longer accepted
      assertThat(stopped).isNotDone();
      assertThat(connects(port)).as("a new connection during the stop").isFalse();
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      byte[] reply = readAll(socket.getInputStream());
      String head = new String(reply, StandardCharsets.ISO_8859_1);
      assertThat(head).startsWith("HTTP/1.1 200");
      int start = head.indexOf("\r\n\r\n") + 4;
      String body =
          head.substring(0, start).toLowerCase(java.util.Locale.ROOT).contains("chunked")
              ? dechunk(reply, start)
              : new String(reply, start, reply.length - start, StandardCharsets.UTF_8);
      assertThat(body.lines())
          .hasSize(lines)
          .allSatisfy(l -> assertThat(l).contains("\"format\":\"ras-result/1\""));
    }
    stopped.get(15, TimeUnit.SECONDS);
  }

  private static boolean connects(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    int n;
    while ((n = in.read(buf)) >= 0) {
      b.write(buf, 0, n);
      if (b.toString(StandardCharsets.ISO_8859_1).contains("\r\n0\r\n\r\n")) {
        break;
      }
    }
    return b.toByteArray();
  }

  /** The body of a chunked reply whose chunks start at {@code at}. */
  private static String dechunk(byte[] reply, int at) {
    String s = new String(reply, StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      int eol = s.indexOf("\r\n", at);
      int size = Integer.parseInt(s.substring(at, eol).trim(), 16);
      if (size == 0) {
        return body.toString(StandardCharsets.UTF_8);
      }
      body.write(reply, eol + 2, size);
      at = eol + 2 + size + 2;
    }
  }
}
