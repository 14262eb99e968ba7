import { lazy, Suspense } from 'react';
import { createBrowserRouter, RouteObject } from 'react-router';
import { serverSideRoutes } from 'Frontend/generated/flow/Flow';
import ServerView from 'Frontend/field/ServerView';

// Its own chunk: the sign-in page and the server-side views do not wait for the field app's components.
// The service worker precaches the chunk with the rest of the build, so the app still opens offline.
const FieldApp = lazy(() => import('Frontend/field/FieldApp'));

// The field app (sessions logged with or without a connection) runs in the browser; every other path is a
// server-side Flow view, which shows a clear page instead when opened offline.
// Vaadin's build strips comments naively: never write a slash followed by a star in this file, not even in a string.
function build() {
    const routes = [
        { path: '/field', element: <Suspense><FieldApp /></Suspense> },
        ...serverSideRoutes.map((route) => ({ ...route, element: <ServerView>{route.element}</ServerView> })),
    ] as RouteObject[];
    return {
        router: createBrowserRouter(routes, { basename: new URL(document.baseURI).pathname }),
        routes
    };
}
export const { router, routes } = build();
