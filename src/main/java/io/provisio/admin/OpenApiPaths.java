package io.provisio.admin;

import io.provisio.platform.ScimApplication;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;

/**
 * Puts every path of the OpenAPI document under the JAX-RS application that serves it.
 *
 * <p>The WAR holds two applications, {@code /scim/v2} and {@code /api/admin}, each listing its
 * classes. Before Jakarta REST 4 a server need not support two in one WAR in its OpenAPI scan, and
 * SmallRye OpenAPI (WildFly) puts every resource under one of them: {@code /scim/v2/tokens} for
 * the admin API's {@code /api/admin/tokens}. This filter (registered with {@code mp.openapi.filter})
 * re-keys each path from the applications' own class lists; where a server got them right
 * (Payara) it changes nothing. It lives here rather than in {@code platform} because it names
 * both applications, and {@code platform} names no feature.
 */
public class OpenApiPaths implements OASFilter {

    private final Map<String, String> applicationOfResource;

    public OpenApiPaths() {
        this(List.of(new ScimApplication(), new AdminApplication()));
    }

    OpenApiPaths(List<Application> applications) {
        applicationOfResource = resourcePaths(applications);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Paths paths = openAPI.getPaths();
        if (paths == null || paths.getPathItems() == null) {
            return;
        }
        Map<String, PathItem> items = new LinkedHashMap<>(paths.getPathItems());
        items.forEach((path, item) -> {
            String served = servedAt(path);
            if (!served.equals(path)) {
                paths.removePathItem(path);
                paths.addPathItem(served, item);
            }
        });
    }

    /**
     * Where a documented path is served: its resource's application path followed by the path
     * relative to any application path it was put under; a path of no known resource stays.
     */
    String servedAt(String path) {
        String relative = path;
        for (String applicationPath : applicationOfResource.values()) {
            if (path.startsWith(applicationPath + "/")) {
                relative = path.substring(applicationPath.length());
                break;
            }
        }
        String resource = null;
        for (String candidate : applicationOfResource.keySet()) {
            boolean matches = relative.equals(candidate) || relative.startsWith(candidate + "/");
            if (matches && (resource == null || candidate.length() > resource.length())) {
                resource = candidate;
            }
        }
        return resource == null ? path : applicationOfResource.get(resource) + relative;
    }

    /** Each resource class's path ({@code /tokens}) to its application's path ({@code /api/admin}). */
    private static Map<String, String> resourcePaths(List<Application> applications) {
        Map<String, String> paths = new LinkedHashMap<>();
        for (Application application : applications) {
            String applicationPath = normalise(application.getClass().getAnnotation(ApplicationPath.class).value());
            for (Class<?> type : application.getClasses()) {
                Path resource = type.getAnnotation(Path.class);
                if (resource != null) {
                    paths.put(normalise(resource.value()), applicationPath);
                }
            }
        }
        return paths;
    }

    /** {@code scim/v2/} and {@code /scim/v2} alike to {@code /scim/v2}; the root to the empty path. */
    private static String normalise(String path) {
        String trimmed = path.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? "" : "/" + trimmed;
    }
}
