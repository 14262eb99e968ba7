package org.mentorlog.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The field app's copy on this device (IndexedDB, see {@code src/main/frontend/field/db.ts}), as signing out
 * of the server-side views sees it: changes not yet synced are counted and the user asked before they go;
 * then the copy is deleted, so the next person on the tablet finds none of her team's data.
 */
final class FieldAppCopy {

    /** Counts the unsynced changes without ever creating the database where the app never ran. */
    private static final String COUNT_UNSYNCED = """
            return new Promise(resolve => {
              const request = indexedDB.open('mentorlog-field');
              request.onupgradeneeded = () => request.transaction.abort();
              request.onerror = () => resolve(0);
              request.onsuccess = () => {
                const db = request.result;
                const stores = ['logs', 'trainees', 'done'].filter(s => db.objectStoreNames.contains(s));
                if (stores.length === 0) { db.close(); resolve(0); return; }
                const tx = db.transaction(stores);
                let count = 0;
                stores.forEach(store => {
                  tx.objectStore(store).getAll().onsuccess = e => {
                    count += store === 'logs'
                      ? e.target.result.filter(log => log.pending || log.state === 'conflict').length
                      : e.target.result.length;
                  };
                });
                tx.oncomplete = () => { db.close(); resolve(count); };
                tx.onerror = () => { db.close(); resolve(0); };
              };
            });
            """;

    private static final String DELETE = """
            return new Promise(resolve => {
              const request = indexedDB.deleteDatabase('mentorlog-field');
              request.onsuccess = request.onerror = request.onblocked = () => resolve(true);
            });
            """;

    private FieldAppCopy() {
    }

    /** Signs out once the device's copy is gone, asking first if it holds changes the server does not have. */
    static void signOutDiscarding(UI ui, Runnable signOut) {
        ui.getPage().executeJs(COUNT_UNSYNCED).then(Integer.class, unsynced -> {
            if (unsynced == 0) {
                delete(ui, signOut);
                return;
            }
            ConfirmDialog confirm = new ConfirmDialog(ui.getTranslation("field.sign-out"),
                    ui.getTranslation("field.sign-out-warning", unsynced), ui.getTranslation("field.sign-out-discard"),
                    event -> delete(ui, signOut), ui.getTranslation("field.cancel"), event -> { });
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        }, failure -> delete(ui, signOut));
    }

    private static void delete(UI ui, Runnable signOut) {
        ui.getPage().executeJs(DELETE).then(done -> signOut.run(), failure -> signOut.run());
    }
}
