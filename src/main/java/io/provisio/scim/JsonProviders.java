package io.provisio.scim;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the application, looked up once. Every {@code jakarta.json.Json}
 * factory call looks the provider up again through the service loader; in an application server
 * that means class-loader searches (and a caught exception) on every call, which the benchmark
 * found on the hot path of every SCIM request. Use {@link #JSON} instead of {@code Json}.
 */
public final class JsonProviders {

    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonProviders() {
    }
}
