package io.provisio.bench.minimal;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The minimal app's three SCIM requests, under Provisio's path. */
@ApplicationPath("/scim/v2")
public class MinimalApplication extends Application {
}
