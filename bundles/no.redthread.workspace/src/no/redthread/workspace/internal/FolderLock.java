package no.redthread.workspace.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps a second Redthread process out of a workspace folder while it is open, so that two saves never interleave: an
 * operating-system lock on {@value #FILE}, which the system releases when the process ends, even by a crash, so no
 * stale lock is left behind. The file names who holds it, for the message the other process gets.
 *
 * <p>An operating-system lock belongs to the whole process, so holders in this JVM share it (counted).
 */
final class FolderLock implements AutoCloseable {

    static final String FILE = Transaction.HIDDEN + "/lock";

    /** The locks this process holds, by folder. */
    private static final Map<Path, Held> HELD = new HashMap<>();

    private final Path folder;
    private boolean closed;

    private FolderLock(Path folder) {
        this.folder = folder;
    }

    /**
     * Locks an existing workspace folder.
     *
     * @throws FileSystemException naming the folder and who holds it, if another process has it open
     */
    static FolderLock acquire(Path folder) throws IOException {
        synchronized (HELD) {
            Held held = HELD.get(folder);
            if (held != null && held.alone) {
                // a chain or portfolio run has it: two holders here would both save
                throw new FileSystemException(folder.toString(), null, Reasons.get("lock.detached"));
            }
            if (held == null) {
                held = Held.lock(folder);
                HELD.put(folder, held);
            }
            held.count++;
            return new FolderLock(folder);
        }
    }

    /**
     * Locks a workspace folder for a detached workspace, which must not share it with another holder in this process.
     *
     * @return empty when this process holds the folder already (as the current workspace or another detached one)
     * @throws FileSystemException naming the folder and who holds it, if another process has it open
     */
    static Optional<FolderLock> acquireAlone(Path folder) throws IOException {
        synchronized (HELD) {
            if (HELD.containsKey(folder)) {
                return Optional.empty();
            }
            FolderLock lock = acquire(folder);
            HELD.get(folder).alone = true;
            return Optional.of(lock);
        }
    }

    Path folder() {
        return folder;
    }

    @Override
    public void close() {
        synchronized (HELD) {
            if (closed) {
                return;
            }
            closed = true;
            Held held = HELD.get(folder);
            if (held != null && --held.count == 0) {
                HELD.remove(folder);
                held.release();
            }
        }
    }

    /** The process's lock on one folder. */
    private static final class Held {

        final FileChannel channel;
        final FileLock lock;
        int count;
        /** Held by a detached workspace, which shares it with nobody in this process. */
        boolean alone;

        private Held(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        static Held lock(Path folder) throws IOException {
            Path file = folder.resolve(FILE);
            Files.createDirectories(file.getParent());
            Transaction.ensureHiddenFolder(folder);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
                if (lock == null) {
                    String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                    throw new FileSystemException(folder.toString(), null,
                            Reasons.get("lock.otherProcess", holder.isEmpty() ? "" : " (" + holder + ")"));
                }
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(holder().getBytes(StandardCharsets.UTF_8)));
                channel.force(false);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            return new Held(channel, lock);
        }

        private static String holder() {
            String host;
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                host = "?";
            }
            return "user " + System.getProperty("user.name", "?") + " on " + host + ", process "
                    + ProcessHandle.current().pid() + ", since " + Instant.now();
        }

        void release() {
            try (FileChannel closing = channel) {
                closing.truncate(0);
                lock.release();
            } catch (IOException e) {
                // closing the channel releases the lock anyway
            }
        }
    }
}
