package vn.hatinh.consolidator.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Records, over time, the live heap after each garbage collection (what the program really holds) and, every 20 ms,
 * the heap in use (live data plus garbage not yet collected), so a stage's memory can be read off afterwards.
 */
final class HeapWatch {

    private record Sample(long epochMillis, long bytes) {
    }

    private final List<Sample> live = new ArrayList<>();
    private final List<Sample> used = new ArrayList<>();

    HeapWatch() {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    return;
                }
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                        .from((CompositeData) notification.getUserData());
                long bytes = 0;
                for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (heapPools.contains(e.getKey())) {
                        bytes += e.getValue().getUsed();
                    }
                }
                add(live, bytes);
            }, null, null);
        }
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heap-sampler");
            t.setDaemon(true);
            return t;
        });
        Runtime runtime = Runtime.getRuntime();
        sampler.scheduleAtFixedRate(() -> add(used, runtime.totalMemory() - runtime.freeMemory()), 0, 20,
                TimeUnit.MILLISECONDS);
    }

    private synchronized void add(List<Sample> samples, long bytes) {
        samples.add(new Sample(System.currentTimeMillis(), bytes));
    }

    /** The largest live heap after a collection between the two instants, in MB, or "-" if none ran. */
    synchronized String liveBetween(Instant from, Instant to) {
        return max(live, from, to);
    }

    synchronized String usedBetween(Instant from, Instant to) {
        return max(used, from, to);
    }

    private static String max(List<Sample> samples, Instant from, Instant to) {
        long max = -1;
        for (Sample s : samples) {
            if (s.epochMillis() >= from.toEpochMilli() && s.epochMillis() <= to.toEpochMilli()) {
                max = Math.max(max, s.bytes());
            }
        }
        return max < 0 ? "-" : String.valueOf(max >> 20);
    }
}
