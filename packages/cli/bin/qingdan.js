#!/usr/bin/env node
// The command's entry, present before the build so that package managers can link it at
// install time; the program itself is the build's dist/bin.js.
import '../dist/bin.js';
