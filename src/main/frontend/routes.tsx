import { createBrowserRouter, RouteObject } from 'react-router';
import { serverSideRoutes } from 'Frontend/generated/flow/Flow';
import FieldApp from 'Frontend/field/FieldApp';
import ServerView from 'Frontend/field/ServerView';

// The field app (sessions logged with or without a connection) runs in the browser; every other path is a
// server-side Flow view, which shows a clear page instead when opened offline.
// Vaadin's build strips comments naively: never write a slash followed by a star in this file, not even in a string.
function build() {
    const routes = [
        { path: '/field', element: <FieldApp /> },
        ...serverSideRoutes.map((route) => ({ ...route, element: <ServerView>{route.element}</ServerView> })),
    ] as RouteObject[];
    return {
        router: createBrowserRouter(routes, { basename: new URL(document.baseURI).pathname }),
        routes
    };
}
export const { router, routes } = build();
