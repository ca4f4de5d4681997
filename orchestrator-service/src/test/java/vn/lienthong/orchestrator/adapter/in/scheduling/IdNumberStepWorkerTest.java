package vn.lienthong.orchestrator.adapter.in.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import vn.lienthong.orchestrator.application.port.in.IdNumberStepUseCase;
import vn.lienthong.orchestrator.application.port.model.IdNumberOutcome;
import vn.lienthong.orchestrator.domain.dossier.DossierId;

class IdNumberStepWorkerTest {

    @Test
    void answersAreRecordedTogetherAndOneThatCannotBeRecordedDoesNotHoldBackTheOthers() {
        var step = new ScriptedStep(12, 0);
        // The one that cannot be recorded answers alone; the others answer once it has been tried.
        step.othersAnswerAfterFirstRecord = new CountDownLatch(1);
        step.firstTransactionOutlastsTheCalls = true;
        var worker = new IdNumberStepWorker(step, 4, Duration.ofMillis(10));

        worker.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> step.recorded.size() == 11);
        worker.stop();

        assertThat(step.recorded).doesNotContain(step.attempts.get(0).dossierId())
                .containsExactlyInAnyOrderElementsOf(step.attempts.stream().map(IdNumberStepUseCase.Attempt::dossierId)
                        .filter(id -> !id.equals(step.attempts.get(0).dossierId())).toList());
        assertThat(step.largestBatch).as("answers that came in together were recorded together").isGreaterThan(1);
    }

    @Test
    void attemptsAreClaimedAheadOfTheCallsButNoMoreCallsRunThanAllowed() {
        var step = new ScriptedStep(20, -1);
        step.slowCalls = new CountDownLatch(1);
        var worker = new IdNumberStepWorker(step, 4, 3, 1, Duration.ofMillis(10), new SimpleMeterRegistry());

        worker.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> step.claimedCount() == 7);
        sleepQuietly(200);
        assertThat(step.claimedCount()).as("4 calls in flight and 3 waiting for a call thread").isEqualTo(7);
        assertThat(step.callsRunning.get()).isEqualTo(4);

        step.slowCalls.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> step.recorded.size() == 20);
        worker.stop();
        assertThat(step.mostCallsRunning.get()).as("calls running at once").isEqualTo(4);
    }

    @Test
    void attemptsClaimedTogetherGoInOneCallEachUpToTheLimitAndNoMoreCallsRunThanAllowed() {
        var step = new ScriptedStep(20, -1);
        step.slowCalls = new CountDownLatch(1);
        var worker = new IdNumberStepWorker(step, 2, 0, 8, Duration.ofMillis(10), new SimpleMeterRegistry());

        worker.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> step.callsRunning.get() == 2);
        sleepQuietly(200);
        assertThat(step.claimedCount()).as("two calls of 8 in flight, nothing claimed beyond them").isEqualTo(16);
        assertThat(step.callSizes).containsExactly(8, 8);

        step.slowCalls.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> step.recorded.size() == 20);
        worker.stop();
        assertThat(step.mostCallsRunning.get()).as("calls running at once").isEqualTo(2);
        assertThat(step.callSizes).as("the 4 left in one call").containsExactly(8, 8, 4);
        assertThat(step.recorded).containsExactlyInAnyOrderElementsOf(
                step.attempts.stream().map(IdNumberStepUseCase.Attempt::dossierId).toList());
    }

    @Test
    void aClaimThatTookEveryDueAttemptIsFollowedByTheNextLookOnlyAfterThePollInterval() {
        var step = new ScriptedStep(3, -1);
        var worker = new IdNumberStepWorker(step, 4, 0, 16, Duration.ofMillis(400), new SimpleMeterRegistry());

        worker.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> step.claims.size() >= 2);
        worker.stop();

        assertThat(step.claims.get(0)[1]).as("attempts the first claim took, of the 64 it asked for").isEqualTo(3);
        assertThat(Duration.ofNanos(step.claims.get(1)[0] - step.claims.get(0)[0]))
                .as("from the first claim to the next look").isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void attemptsAreSpreadEvenlyOverAsFewCallsAsTheLimitAllows() {
        var worker = new IdNumberStepWorker(new ScriptedStep(0, -1), 1, 0, 16, Duration.ofMillis(10),
                new SimpleMeterRegistry());
        var step = new ScriptedStep(33, -1);

        assertThat(worker.perCall(step.attempts.subList(0, 0))).isEmpty();
        assertThat(worker.perCall(step.attempts.subList(0, 1))).extracting(List::size).containsExactly(1);
        assertThat(worker.perCall(step.attempts.subList(0, 16))).extracting(List::size).containsExactly(16);
        assertThat(worker.perCall(step.attempts.subList(0, 17))).extracting(List::size).containsExactly(8, 9);
        assertThat(worker.perCall(step.attempts)).extracting(List::size).containsExactly(11, 11, 11);
        assertThat(worker.perCall(step.attempts).stream().flatMap(List::stream).toList())
                .as("every attempt once, in order").isEqualTo(step.attempts);
    }

    @Test
    void onStopTheCallsStillRunningAreWaitedForAndTheirAnswersRecorded() throws Exception {
        var step = new ScriptedStep(2, -1);
        step.slowCalls = new CountDownLatch(1);
        var worker = new IdNumberStepWorker(step, 4, Duration.ofMillis(10));

        worker.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> step.callsStarted.get());
        Thread releaser = new Thread(() -> {
            sleepQuietly(300);
            step.slowCalls.countDown();
        });
        releaser.start();
        worker.stop();
        releaser.join();

        assertThat(step.recorded).hasSize(2);
    }

    @Test
    void aResumeOnRecoveryWaitsUntilTheAnswersReceivedBeforeItAreRecorded() {
        var step = new ScriptedStep(8, -1);
        var worker = new IdNumberStepWorker(step, 4, Duration.ofMillis(10));
        // The breaker closes during the first transaction, after every call has answered.
        step.duringFirstRecord = () -> {
            sleepQuietly(150);
            worker.resumeWaitingAttempts();
        };

        worker.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> step.recordedWhenResumed.get() >= 0);
        worker.stop();

        assertThat(step.recordedWhenResumed.get()).as("answers recorded before the waiting attempts were resumed")
                .isEqualTo(8);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Due attempts given once; the one at {@code failing} cannot be recorded. */
    private static final class ScriptedStep implements IdNumberStepUseCase {

        final List<Attempt> attempts = new ArrayList<>();
        final List<DossierId> recorded = Collections.synchronizedList(new ArrayList<>());
        final AtomicBoolean callsStarted = new AtomicBoolean();
        final AtomicInteger callsRunning = new AtomicInteger();
        final AtomicInteger mostCallsRunning = new AtomicInteger();
        final List<Integer> callSizes = Collections.synchronizedList(new ArrayList<>());
        /** Each claim: when it was made ({@link System#nanoTime}) and how many attempts it took. */
        final List<long[]> claims = Collections.synchronizedList(new ArrayList<>());
        final int failing;
        volatile CountDownLatch slowCalls;
        volatile CountDownLatch othersAnswerAfterFirstRecord;
        volatile int largestBatch;
        volatile Runnable duringFirstRecord;
        /** The first transaction that records lasts until every call has answered, however slow the machine. */
        volatile boolean firstTransactionOutlastsTheCalls;
        final AtomicInteger answeredCalls = new AtomicInteger();
        final AtomicInteger recordedWhenResumed = new AtomicInteger(-1);
        private int claimed;

        ScriptedStep(int count, int failing) {
            this.failing = failing;
            for (int i = 0; i < count; i++) {
                attempts.add(new Attempt(DossierId.newId(), UUID.randomUUID(), null, true));
            }
        }

        @Override
        public List<Attempt> claimDueAttempts(int max) {
            // Not the monitor record holds: claims go on while answers are being recorded.
            synchronized (attempts) {
                List<Attempt> due = attempts.subList(claimed, Math.min(attempts.size(), claimed + max));
                claimed += due.size();
                claims.add(new long[] {System.nanoTime(), due.size()});
                return List.copyOf(due);
            }
        }

        @Override
        public Called call(Attempt attempt) {
            mostCallsRunning.accumulateAndGet(callsRunning.incrementAndGet(), Math::max);
            try {
                return answer(attempt);
            } finally {
                callsRunning.decrementAndGet();
            }
        }

        /** A call for several attempts at once: one call running, however many it carries. */
        @Override
        public List<Called> callAll(List<Attempt> batch) {
            callSizes.add(batch.size());
            mostCallsRunning.accumulateAndGet(callsRunning.incrementAndGet(), Math::max);
            try {
                return batch.stream().map(this::answer).toList();
            } finally {
                callsRunning.decrementAndGet();
            }
        }

        int claimedCount() {
            synchronized (attempts) {
                return claimed;
            }
        }

        private Called answer(Attempt attempt) {
            callsStarted.set(true);
            CountDownLatch gate = othersAnswerAfterFirstRecord;
            if (gate != null && attempt != attempts.get(0)) {
                try {
                    gate.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (slowCalls != null) {
                try {
                    slowCalls.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                sleepQuietly(20);
            }
            answeredCalls.incrementAndGet();
            return new Called(attempt, new IdNumberOutcome.Assigned("075326000123"), true);
        }

        @Override
        public synchronized void record(List<Called> calls) {
            if (othersAnswerAfterFirstRecord != null) {
                othersAnswerAfterFirstRecord.countDown();
            }
            if (failing >= 0 && calls.stream().anyMatch(called -> called.attempt() == attempts.get(failing))) {
                throw new IllegalStateException("cannot record");
            }
            largestBatch = Math.max(largestBatch, calls.size());
            sleepQuietly(50); // a transaction: answers that come in meanwhile wait for the next one
            if (firstTransactionOutlastsTheCalls) {
                firstTransactionOutlastsTheCalls = false;
                await().atMost(Duration.ofSeconds(10)).until(() -> answeredCalls.get() == attempts.size());
            }
            if (duringFirstRecord != null) {
                Runnable once = duringFirstRecord;
                duringFirstRecord = null;
                once.run();
            }
            calls.forEach(called -> recorded.add(called.attempt().dossierId()));
        }

        @Override
        public int resumeWaitingAttempts() {
            recordedWhenResumed.set(recorded.size());
            return 0;
        }

        @Override
        public int probe(int calls) {
            return 0;
        }

        @Override
        public int escalateOverdue() {
            return 0;
        }

        @Override
        public int verifyManualNumbers(int max) {
            return 0;
        }
    }
}
