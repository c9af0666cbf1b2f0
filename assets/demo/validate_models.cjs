// Validates the demo's models with the Khronos glTF-Validator (npm package gltf-validator):
//
//   npm install --prefix /tmp/gltf-validator gltf-validator
//   NODE_PATH=/tmp/gltf-validator/node_modules node assets/demo/validate_models.cjs
//
// Prints each file's counts of errors, warnings, infos and hints with the messages, and exits 1
// when any file has an error or a warning.
'use strict';

const fs = require('fs');
const path = require('path');
const validator = require('gltf-validator');

const modelsDir = path.join(__dirname, 'models');
const files = ['forklift.glb', 'pallet_crate.gltf'];

async function validate(name) {
    const file = path.join(modelsDir, name);
    const report = await validator.validateBytes(new Uint8Array(fs.readFileSync(file)), {
        uri: name,
        // External resources (pallet_crate.bin) are read from beside the file.
        externalResourceFunction: (uri) =>
            new Promise((resolve, reject) => {
                fs.readFile(path.join(modelsDir, decodeURIComponent(uri)), (error, data) =>
                    error ? reject(error.toString()) : resolve(new Uint8Array(data)));
            }),
    });
    const issues = report.issues;
    console.log(`${name}: ${issues.numErrors} errors, ${issues.numWarnings} warnings, ${issues.numInfos} infos, `
                + `${issues.numHints} hints (${report.info.totalVertexCount} vertices, `
                + `${report.info.totalTriangleCount} triangles, ${report.info.materialCount} materials)`);
    for (const message of issues.messages)
        console.log(`  [${['error', 'warning', 'info', 'hint'][message.severity]}] ${message.code}: ${message.message}`
                    + (message.pointer ? ` at ${message.pointer}` : ''));
    return issues.numErrors + issues.numWarnings;
}

(async () => {
    let problems = 0;
    for (const name of files)
        problems += await validate(name);
    process.exit(problems > 0 ? 1 : 0);
})().catch((error) => {
    console.error(error);
    process.exit(2);
});
