// Validates glTF files with the Khronos glTF-Validator (npm package gltf-validator, installed by
// `./scripts/dev deps` into .cache/gltf-validator):
//
//   node tests/export/validate_gltf.cjs [--validator DIR] [--strict] FILE...
//   node tests/export/validate_gltf.cjs [--validator DIR] --check
//
// DIR is the node_modules folder holding gltf-validator (default: the repository's
// .cache/gltf-validator/node_modules). Prints every file's counts and each message with its
// severity; exits 1 when a file has an error (with --strict: an error or a warning), when a file
// cannot be read, or when the validator is missing. --check only loads the validator and prints
// its version.
'use strict';

const fs = require('fs');
const path = require('path');

const kSeverities = ['error', 'warning', 'info', 'hint'];

function parseArguments(argv) {
    const options = {
        validatorDir: path.join(__dirname, '..', '..', '.cache', 'gltf-validator', 'node_modules'),
        strict: false,
        check: false,
        files: [],
    };
    for (let i = 0; i < argv.length; ++i) {
        if (argv[i] === '--validator')
            options.validatorDir = argv[++i];
        else if (argv[i] === '--strict')
            options.strict = true;
        else if (argv[i] === '--check')
            options.check = true;
        else
            options.files.push(argv[i]);
    }
    return options;
}

// The validator module, or null after saying how to install it.
function loadValidator(validatorDir) {
    try {
        return require(path.join(path.resolve(validatorDir), 'gltf-validator'));
    } catch (error) {
        console.error(`validate_gltf: the Khronos glTF validator (npm package gltf-validator) is not installed in `
                      + `${validatorDir}: run ./scripts/dev deps\n  (${error.message.split('\n')[0]})`);
        return null;
    }
}

// Validates one file; returns [errors, warnings].
async function validate(validator, file) {
    const folder = path.dirname(file);
    const report = await validator.validateBytes(new Uint8Array(fs.readFileSync(file)), {
        uri: path.basename(file),
        maxIssues: 0,   // report every issue
        // External resources (the .gltf's .bin) are read from beside the file.
        externalResourceFunction: (uri) =>
            new Promise((resolve, reject) => {
                fs.readFile(path.join(folder, decodeURIComponent(uri)), (error, data) =>
                    error ? reject(error.toString()) : resolve(new Uint8Array(data)));
            }),
    });
    const issues = report.issues;
    const info = report.info || {};
    console.log(`${file}: ${issues.numErrors} errors, ${issues.numWarnings} warnings, ${issues.numInfos} infos, `
                + `${issues.numHints} hints (${info.animationCount} animations, ${info.totalVertexCount} vertices, `
                + `${info.totalTriangleCount} triangles, ${info.materialCount} materials; `
                + `extensions used: ${(info.extensionsUsed || []).join(', ') || 'none'})`);
    for (const message of issues.messages)
        console.log(`  [${kSeverities[message.severity]}] ${message.code}: ${message.message}`
                    + (message.pointer ? ` at ${message.pointer}` : ''));
    return [issues.numErrors, issues.numWarnings];
}

(async () => {
    const options = parseArguments(process.argv.slice(2));
    const validator = loadValidator(options.validatorDir);
    if (!validator)
        process.exit(1);
    console.log(`Khronos glTF-Validator ${validator.version()}`);
    if (options.check)
        process.exit(0);
    if (options.files.length === 0) {
        console.error('validate_gltf: name the glTF files to validate');
        process.exit(2);
    }
    let failed = 0;
    for (const file of options.files) {
        if (!fs.existsSync(file)) {
            console.error(`validate_gltf: no such file: ${file}`);
            ++failed;
            continue;
        }
        const [errors, warnings] = await validate(validator, file);
        if (errors > 0 || (options.strict && warnings > 0))
            ++failed;
    }
    process.exit(failed > 0 ? 1 : 0);
})().catch((error) => {
    console.error(error);
    process.exit(2);
});
