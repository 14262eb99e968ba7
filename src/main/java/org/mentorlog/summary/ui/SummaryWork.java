package org.mentorlog.summary.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs a summary off the request thread, as the signed-in user. A result that comes within
 * {@code mentorlog.summary.patience} (default half a second) is shown at once; a slower one lets the
 * page answer straight away with a progress line, polls, and shows the result when it is there, so
 * the user can go on changing filters or open another page meanwhile.
 */
@Component
class SummaryWork {

    /** What a slow piece of work reports to the page. */
    interface Progress {
        void started();

        void ended();
    }

    private static final int POLL_MILLIS = 500;

    private final Executor executor;
    private final SecurityContextHolderStrategy contexts;
    private final Duration patience;

    SummaryWork(@Qualifier("applicationTaskExecutor") TaskExecutor executor, SecurityContextHolderStrategy contexts,
                @Value("${mentorlog.summary.patience:500ms}") Duration patience) {
        this.executor = executor;
        this.contexts = contexts;
        this.patience = patience;
    }

    /**
     * Computes {@code work} and hands its result to {@code done}, or its failure to {@code failed}, on
     * the UI's thread.
     */
    <T> void run(UI ui, Supplier<T> work, Progress progress, SerializableConsumer<T> done,
                 SerializableConsumer<RuntimeException> failed) {
        CompletableFuture<T> result = CompletableFuture.supplyAsync(asCaller(work), executor);
        // No patience at all means the progress line always comes first, however quick the work.
        if (!patience.isZero()) {
            try {
                done.accept(result.get(patience.toMillis(), TimeUnit.MILLISECONDS));
                return;
            } catch (ExecutionException error) {
                failed.accept(unwrap(error.getCause()));
                return;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            } catch (TimeoutException slow) {
                // Slow: answer the request now and come back with the result.
            }
        }
        progress.started();
        ui.setPollInterval(POLL_MILLIS);
        result.whenComplete((value, error) -> ui.access(() -> {
            ui.setPollInterval(-1);
            progress.ended();
            if (error == null) {
                done.accept(value);
            } else {
                failed.accept(unwrap(error instanceof CompletionException wrapped ? wrapped.getCause() : error));
            }
        }));
    }

    /** The work as the signed-in user: services check her rights, and the context lives in the request's thread. */
    private <T> Supplier<T> asCaller(Supplier<T> work) {
        SecurityContext caller = contexts.getContext();
        return () -> {
            contexts.setContext(caller);
            try {
                return work.get();
            } finally {
                contexts.clearContext();
            }
        };
    }

    private static RuntimeException unwrap(Throwable error) {
        return error instanceof RuntimeException runtime ? runtime : new IllegalStateException(error);
    }
}
