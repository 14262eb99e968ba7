// The tablet's copy: IndexedDB, written before anything is sent. Stores: the last snapshot, the mentor's
// logs, trainees added here and follow-ups marked done here, until the server has them.

const NAME = 'mentorlog-field';
const STORES = ['snapshot', 'logs', 'trainees', 'done'] as const;
type Store = (typeof STORES)[number];

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(NAME, 1);
    request.onupgradeneeded = () => {
      for (const store of STORES) {
        if (!request.result.objectStoreNames.contains(store)) {
          request.result.createObjectStore(store);
        }
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return opening;
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

export async function get<T>(store: Store, key: string): Promise<T | undefined> {
  const db = await open();
  return new Promise((resolve, reject) => {
    const request = db.transaction(store).objectStore(store).get(key);
    request.onsuccess = () => resolve(request.result as T | undefined);
    request.onerror = () => reject(request.error);
  });
}

export async function all<T>(store: Store): Promise<T[]> {
  const db = await open();
  return new Promise((resolve, reject) => {
    const request = db.transaction(store).objectStore(store).getAll();
    request.onsuccess = () => resolve(request.result as T[]);
    request.onerror = () => reject(request.error);
  });
}

export async function put(store: Store, key: string, value: unknown): Promise<void> {
  const db = await open();
  const transaction = db.transaction(store, 'readwrite');
  transaction.objectStore(store).put(value, key);
  return done(transaction);
}

export async function remove(store: Store, key: string): Promise<void> {
  const db = await open();
  const transaction = db.transaction(store, 'readwrite');
  transaction.objectStore(store).delete(key);
  return done(transaction);
}

export async function clear(store: Store): Promise<void> {
  const db = await open();
  const transaction = db.transaction(store, 'readwrite');
  transaction.objectStore(store).clear();
  return done(transaction);
}

/** Deletes the tablet's copy of the app's data: on sign-out, once the mentor agreed. */
export async function destroy(): Promise<void> {
  (await open()).close();
  opening = null;
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}
