#!/usr/bin/env node
// Thin shim (design §2): the only place that sets the process exit code.
import { main } from "./main.js";

process.exitCode = await main(process.argv.slice(2));
