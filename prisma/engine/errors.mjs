// Error shapes the prisma CLI expects from the native engine.

import { takePanicMessage } from "./wasm-engine.mjs";

/**
 * JSON-RPC error object. The CLI (SchemaEngineCLI.runCommand) reads `data.is_panic`,
 * `data.message`, `data.error_code` (P-codes become EngineError with `.code`, which
 * commands such as `migrate dev` branch on).
 */
export function toRpcError(error, extraMessages = []) {
  const panic = takePanicMessage(error);
  if (panic !== undefined) {
    return {
      code: 4466,
      message: panic,
      data: { is_panic: true, message: panic, backtrace: error?.stack ?? "" },
    };
  }
  let message = error?.message ?? String(error);
  // Errors thrown inside the adapter reach the engine only as "GenericJs <id>";
  // append the original JS messages so the user sees the real cause.
  for (const extra of extraMessages) if (extra && !message.includes(extra)) message += `\n${extra}`;
  return {
    code: 4466,
    message: "An error happened. Check the data field for details.",
    data: {
      is_panic: false,
      message,
      meta: error?.meta ?? null,
      ...(typeof error?.code === "string" ? { error_code: error.code } : {}),
    },
  };
}

/** One stderr log line in the engine's tracing JSON format. */
export function logLine(level, message, extraFields = {}, target = "schema_engine::logger") {
  return JSON.stringify({
    timestamp: new Date().toISOString(),
    level,
    fields: { message, ...extraFields },
    target,
  });
}
