package dev.productops.bench;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * JMH refuses to start while another JMH run holds its lock file (two benchmarks on one machine spoil each other).
 * On a shared machine it is better to wait for the other run than to fail or to force it with jmh.ignoreLock.
 */
final class OtherJmhRuns {
    private static final Path LOCK = Path.of(System.getProperty("java.io.tmpdir"), "jmh.lock");

    private OtherJmhRuns() {
    }

    static void awaitEnd(Duration patience) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        boolean told = false;
        while (System.nanoTime() < deadline) {
            try (FileChannel channel = FileChannel.open(LOCK, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.tryLock()) {
                if (lock != null) {
                    return;
                }
            }
            if (!told) {
                System.out.println("Another JMH run holds " + LOCK + "; waiting up to " + patience.toMinutes() + " min for it to end");
                told = true;
            }
            Thread.sleep(5_000);
        }
    }
}
