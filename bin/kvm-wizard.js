#!/usr/bin/env node
// Thin launcher: the whole app is one bundled ESM file (fast start, no node_modules needed at run time).
import '../dist/kvm-wizard.mjs';
