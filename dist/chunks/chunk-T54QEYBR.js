import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  DIGEST_GRAMMAR,
  parseDigest
} from "./chunk-ODBDDFK3.js";
import {
  __commonJS
} from "./chunk-S5NN2QBC.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/validate/digests.ts
var HEX_LENGTH = { sha256: 64, sha512: 128 };
function classifyDigest(digest) {
  if (typeof digest !== "string") return { kind: "invalid", reason: "it is not a string" };
  const d = parseDigest(digest);
  if (d) return { kind: "supported", ...d };
  const reason = describeDigestProblem(digest);
  if (reason === "") return { kind: "unknown-algorithm", algorithm: digest.slice(0, digest.indexOf(":")) };
  return { kind: "invalid", reason };
}
function describeDigestProblem(digest) {
  const colon = digest.indexOf(":");
  if (colon < 0) return "expected ALGORITHM:ENCODED, e.g. sha256:<64 hex digits>";
  const alg = digest.slice(0, colon);
  const enc = digest.slice(colon + 1);
  if (alg === "sha256" || alg === "sha512") {
    const want = HEX_LENGTH[alg];
    if (/[A-F]/.test(enc) && /^[a-fA-F0-9]+$/.test(enc)) return `${alg} must be lowercase hex`;
    if (!/^[a-f0-9]*$/.test(enc)) return `${alg} must be hex digits only`;
    if (enc.length !== want) return `${alg} needs ${want} hex digits, this has ${enc.length}`;
    return "";
  }
  if (!DIGEST_GRAMMAR.test(digest)) return 'it does not fit the grammar algorithm ":" encoded';
  return "";
}

// src/validate/schema-validators.ts
var ociLayout = validate0;
var schema0 = { "type": "object", "required": ["imageLayoutVersion"], "properties": { "imageLayoutVersion": { "type": "string", "enum": ["1.0.0"] } } };
function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.imageLayoutVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "imageLayoutVersion" }, message: "must have required property 'imageLayoutVersion'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.imageLayoutVersion !== void 0) {
      let data0 = data.imageLayoutVersion;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/imageLayoutVersion", schemaPath: "#/properties/imageLayoutVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === "1.0.0")) {
        const err2 = { instancePath: instancePath + "/imageLayoutVersion", schemaPath: "#/properties/imageLayoutVersion/enum", keyword: "enum", params: { allowedValues: schema0.properties.imageLayoutVersion.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate0.errors = vErrors;
  return errors === 0;
}
var ociIndex = validate1;
var pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$", "u");
var pattern2 = new RegExp("^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}|(?!sha256:|sha512:)[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$", "u");
var pattern3 = new RegExp("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$", "u");
var pattern4 = new RegExp("^[A-Za-z0-9+/]*={0,2}$", "u");
var func0 = require_ucs2length().default;
function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.manifests === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "manifests" }, message: "must have required property 'manifests'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.schemaVersion !== void 0) {
      let data0 = data.schemaVersion;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err2 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (2 !== data0) {
        const err3 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 2 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.mediaType !== void 0) {
      let data1 = data.mediaType;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/mediaType", schemaPath: "#/properties/mediaType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if ("application/vnd.oci.image.index.v1+json" !== data1) {
        const err5 = { instancePath: instancePath + "/mediaType", schemaPath: "#/properties/mediaType/const", keyword: "const", params: { allowedValue: "application/vnd.oci.image.index.v1+json" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.artifactType !== void 0) {
      let data2 = data.artifactType;
      if (typeof data2 === "string") {
        if (!pattern0.test(data2)) {
          const err6 = { instancePath: instancePath + "/artifactType", schemaPath: "#/properties/artifactType/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/artifactType", schemaPath: "#/properties/artifactType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.manifests !== void 0) {
      let data3 = data.manifests;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.mediaType === void 0) {
              const err8 = { instancePath: instancePath + "/manifests/" + i0, schemaPath: "#/properties/manifests/items/required", keyword: "required", params: { missingProperty: "mediaType" }, message: "must have required property 'mediaType'" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data4.digest === void 0) {
              const err9 = { instancePath: instancePath + "/manifests/" + i0, schemaPath: "#/properties/manifests/items/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property 'digest'" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data4.size === void 0) {
              const err10 = { instancePath: instancePath + "/manifests/" + i0, schemaPath: "#/properties/manifests/items/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property 'size'" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data4.mediaType !== void 0) {
              let data5 = data4.mediaType;
              if (typeof data5 === "string") {
                if (!pattern0.test(data5)) {
                  const err11 = { instancePath: instancePath + "/manifests/" + i0 + "/mediaType", schemaPath: "#/properties/manifests/items/properties/mediaType/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$"' };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = { instancePath: instancePath + "/manifests/" + i0 + "/mediaType", schemaPath: "#/properties/manifests/items/properties/mediaType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data4.digest !== void 0) {
              let data6 = data4.digest;
              if (typeof data6 === "string") {
                if (!pattern2.test(data6)) {
                  const err13 = { instancePath: instancePath + "/manifests/" + i0 + "/digest", schemaPath: "#/properties/manifests/items/properties/digest/pattern", keyword: "pattern", params: { pattern: "^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}|(?!sha256:|sha512:)[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$" }, message: 'must match pattern "^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}|(?!sha256:|sha512:)[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$"' };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = { instancePath: instancePath + "/manifests/" + i0 + "/digest", schemaPath: "#/properties/manifests/items/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data4.size !== void 0) {
              let data7 = data4.size;
              if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)))) {
                const err15 = { instancePath: instancePath + "/manifests/" + i0 + "/size", schemaPath: "#/properties/manifests/items/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
              if (typeof data7 == "number") {
                if (data7 > 9007199254740991 || isNaN(data7)) {
                  const err16 = { instancePath: instancePath + "/manifests/" + i0 + "/size", schemaPath: "#/properties/manifests/items/properties/size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
                if (data7 < 0 || isNaN(data7)) {
                  const err17 = { instancePath: instancePath + "/manifests/" + i0 + "/size", schemaPath: "#/properties/manifests/items/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              }
            }
            if (data4.urls !== void 0) {
              let data8 = data4.urls;
              if (Array.isArray(data8)) {
                const len1 = data8.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data9 = data8[i1];
                  if (typeof data9 === "string") {
                    if (!pattern3.test(data9)) {
                      const err18 = { instancePath: instancePath + "/manifests/" + i0 + "/urls/" + i1, schemaPath: "#/properties/manifests/items/properties/urls/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$"' };
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                    }
                  } else {
                    const err19 = { instancePath: instancePath + "/manifests/" + i0 + "/urls/" + i1, schemaPath: "#/properties/manifests/items/properties/urls/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
              } else {
                const err20 = { instancePath: instancePath + "/manifests/" + i0 + "/urls", schemaPath: "#/properties/manifests/items/properties/urls/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data4.annotations !== void 0) {
              let data10 = data4.annotations;
              if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                for (const key0 in data10) {
                  if (typeof data10[key0] !== "string") {
                    const err21 = { instancePath: instancePath + "/manifests/" + i0 + "/annotations/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/manifests/items/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
              } else {
                const err22 = { instancePath: instancePath + "/manifests/" + i0 + "/annotations", schemaPath: "#/properties/manifests/items/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data4.data !== void 0) {
              let data12 = data4.data;
              if (typeof data12 === "string") {
                if (!pattern4.test(data12)) {
                  const err23 = { instancePath: instancePath + "/manifests/" + i0 + "/data", schemaPath: "#/properties/manifests/items/properties/data/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/]*={0,2}$" }, message: 'must match pattern "^[A-Za-z0-9+/]*={0,2}$"' };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/manifests/" + i0 + "/data", schemaPath: "#/properties/manifests/items/properties/data/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data4.artifactType !== void 0) {
              let data13 = data4.artifactType;
              if (typeof data13 === "string") {
                if (!pattern0.test(data13)) {
                  const err25 = { instancePath: instancePath + "/manifests/" + i0 + "/artifactType", schemaPath: "#/properties/manifests/items/properties/artifactType/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$"' };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              } else {
                const err26 = { instancePath: instancePath + "/manifests/" + i0 + "/artifactType", schemaPath: "#/properties/manifests/items/properties/artifactType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data4.platform !== void 0) {
              let data14 = data4.platform;
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                if (data14.architecture === void 0) {
                  const err27 = { instancePath: instancePath + "/manifests/" + i0 + "/platform", schemaPath: "#/properties/manifests/items/properties/platform/required", keyword: "required", params: { missingProperty: "architecture" }, message: "must have required property 'architecture'" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                if (data14.os === void 0) {
                  const err28 = { instancePath: instancePath + "/manifests/" + i0 + "/platform", schemaPath: "#/properties/manifests/items/properties/platform/required", keyword: "required", params: { missingProperty: "os" }, message: "must have required property 'os'" };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                if (data14.architecture !== void 0) {
                  let data15 = data14.architecture;
                  if (typeof data15 === "string") {
                    if (func0(data15) < 1) {
                      const err29 = { instancePath: instancePath + "/manifests/" + i0 + "/platform/architecture", schemaPath: "#/properties/manifests/items/properties/platform/properties/architecture/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err29];
                      } else {
                        vErrors.push(err29);
                      }
                      errors++;
                    }
                  } else {
                    const err30 = { instancePath: instancePath + "/manifests/" + i0 + "/platform/architecture", schemaPath: "#/properties/manifests/items/properties/platform/properties/architecture/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
                if (data14.os !== void 0) {
                  let data16 = data14.os;
                  if (typeof data16 === "string") {
                    if (func0(data16) < 1) {
                      const err31 = { instancePath: instancePath + "/manifests/" + i0 + "/platform/os", schemaPath: "#/properties/manifests/items/properties/platform/properties/os/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                  } else {
                    const err32 = { instancePath: instancePath + "/manifests/" + i0 + "/platform/os", schemaPath: "#/properties/manifests/items/properties/platform/properties/os/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
                if (data14["os.version"] !== void 0) {
                  if (typeof data14["os.version"] !== "string") {
                    const err33 = { instancePath: instancePath + "/manifests/" + i0 + "/platform/os.version", schemaPath: "#/properties/manifests/items/properties/platform/properties/os.version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
                if (data14["os.features"] !== void 0) {
                  let data18 = data14["os.features"];
                  if (Array.isArray(data18)) {
                    const len2 = data18.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      if (typeof data18[i2] !== "string") {
                        const err34 = { instancePath: instancePath + "/manifests/" + i0 + "/platform/os.features/" + i2, schemaPath: "#/properties/manifests/items/properties/platform/properties/os.features/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err34];
                        } else {
                          vErrors.push(err34);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err35 = { instancePath: instancePath + "/manifests/" + i0 + "/platform/os.features", schemaPath: "#/properties/manifests/items/properties/platform/properties/os.features/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (data14.variant !== void 0) {
                  if (typeof data14.variant !== "string") {
                    const err36 = { instancePath: instancePath + "/manifests/" + i0 + "/platform/variant", schemaPath: "#/properties/manifests/items/properties/platform/properties/variant/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
                if (data14.features !== void 0) {
                  let data21 = data14.features;
                  if (Array.isArray(data21)) {
                    const len3 = data21.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      if (typeof data21[i3] !== "string") {
                        const err37 = { instancePath: instancePath + "/manifests/" + i0 + "/platform/features/" + i3, schemaPath: "#/properties/manifests/items/properties/platform/properties/features/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err37];
                        } else {
                          vErrors.push(err37);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err38 = { instancePath: instancePath + "/manifests/" + i0 + "/platform/features", schemaPath: "#/properties/manifests/items/properties/platform/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
              } else {
                const err39 = { instancePath: instancePath + "/manifests/" + i0 + "/platform", schemaPath: "#/properties/manifests/items/properties/platform/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
          } else {
            const err40 = { instancePath: instancePath + "/manifests/" + i0, schemaPath: "#/properties/manifests/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/manifests", schemaPath: "#/properties/manifests/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.subject !== void 0) {
      let data23 = data.subject;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        if (data23.mediaType === void 0) {
          const err42 = { instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/required", keyword: "required", params: { missingProperty: "mediaType" }, message: "must have required property 'mediaType'" };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        if (data23.digest === void 0) {
          const err43 = { instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property 'digest'" };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        if (data23.size === void 0) {
          const err44 = { instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property 'size'" };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
        if (data23.mediaType !== void 0) {
          let data24 = data23.mediaType;
          if (typeof data24 === "string") {
            if (!pattern0.test(data24)) {
              const err45 = { instancePath: instancePath + "/subject/mediaType", schemaPath: "#/properties/subject/properties/mediaType/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$"' };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          } else {
            const err46 = { instancePath: instancePath + "/subject/mediaType", schemaPath: "#/properties/subject/properties/mediaType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data23.digest !== void 0) {
          let data25 = data23.digest;
          if (typeof data25 === "string") {
            if (!pattern2.test(data25)) {
              const err47 = { instancePath: instancePath + "/subject/digest", schemaPath: "#/properties/subject/properties/digest/pattern", keyword: "pattern", params: { pattern: "^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}|(?!sha256:|sha512:)[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$" }, message: 'must match pattern "^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}|(?!sha256:|sha512:)[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$"' };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          } else {
            const err48 = { instancePath: instancePath + "/subject/digest", schemaPath: "#/properties/subject/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data23.size !== void 0) {
          let data26 = data23.size;
          if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)))) {
            const err49 = { instancePath: instancePath + "/subject/size", schemaPath: "#/properties/subject/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
          if (typeof data26 == "number") {
            if (data26 > 9007199254740991 || isNaN(data26)) {
              const err50 = { instancePath: instancePath + "/subject/size", schemaPath: "#/properties/subject/properties/size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (data26 < 0 || isNaN(data26)) {
              const err51 = { instancePath: instancePath + "/subject/size", schemaPath: "#/properties/subject/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          }
        }
        if (data23.urls !== void 0) {
          let data27 = data23.urls;
          if (Array.isArray(data27)) {
            const len4 = data27.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data28 = data27[i4];
              if (typeof data28 === "string") {
                if (!pattern3.test(data28)) {
                  const err52 = { instancePath: instancePath + "/subject/urls/" + i4, schemaPath: "#/properties/subject/properties/urls/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$"' };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              } else {
                const err53 = { instancePath: instancePath + "/subject/urls/" + i4, schemaPath: "#/properties/subject/properties/urls/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
          } else {
            const err54 = { instancePath: instancePath + "/subject/urls", schemaPath: "#/properties/subject/properties/urls/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data23.annotations !== void 0) {
          let data29 = data23.annotations;
          if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            for (const key1 in data29) {
              if (typeof data29[key1] !== "string") {
                const err55 = { instancePath: instancePath + "/subject/annotations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/subject/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
          } else {
            const err56 = { instancePath: instancePath + "/subject/annotations", schemaPath: "#/properties/subject/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data23.data !== void 0) {
          let data31 = data23.data;
          if (typeof data31 === "string") {
            if (!pattern4.test(data31)) {
              const err57 = { instancePath: instancePath + "/subject/data", schemaPath: "#/properties/subject/properties/data/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/]*={0,2}$" }, message: 'must match pattern "^[A-Za-z0-9+/]*={0,2}$"' };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          } else {
            const err58 = { instancePath: instancePath + "/subject/data", schemaPath: "#/properties/subject/properties/data/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data23.artifactType !== void 0) {
          let data32 = data23.artifactType;
          if (typeof data32 === "string") {
            if (!pattern0.test(data32)) {
              const err59 = { instancePath: instancePath + "/subject/artifactType", schemaPath: "#/properties/subject/properties/artifactType/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$"' };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          } else {
            const err60 = { instancePath: instancePath + "/subject/artifactType", schemaPath: "#/properties/subject/properties/artifactType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data23.platform !== void 0) {
          let data33 = data23.platform;
          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            if (data33.architecture === void 0) {
              const err61 = { instancePath: instancePath + "/subject/platform", schemaPath: "#/properties/subject/properties/platform/required", keyword: "required", params: { missingProperty: "architecture" }, message: "must have required property 'architecture'" };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            if (data33.os === void 0) {
              const err62 = { instancePath: instancePath + "/subject/platform", schemaPath: "#/properties/subject/properties/platform/required", keyword: "required", params: { missingProperty: "os" }, message: "must have required property 'os'" };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            if (data33.architecture !== void 0) {
              let data34 = data33.architecture;
              if (typeof data34 === "string") {
                if (func0(data34) < 1) {
                  const err63 = { instancePath: instancePath + "/subject/platform/architecture", schemaPath: "#/properties/subject/properties/platform/properties/architecture/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
              } else {
                const err64 = { instancePath: instancePath + "/subject/platform/architecture", schemaPath: "#/properties/subject/properties/platform/properties/architecture/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data33.os !== void 0) {
              let data35 = data33.os;
              if (typeof data35 === "string") {
                if (func0(data35) < 1) {
                  const err65 = { instancePath: instancePath + "/subject/platform/os", schemaPath: "#/properties/subject/properties/platform/properties/os/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              } else {
                const err66 = { instancePath: instancePath + "/subject/platform/os", schemaPath: "#/properties/subject/properties/platform/properties/os/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (data33["os.version"] !== void 0) {
              if (typeof data33["os.version"] !== "string") {
                const err67 = { instancePath: instancePath + "/subject/platform/os.version", schemaPath: "#/properties/subject/properties/platform/properties/os.version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data33["os.features"] !== void 0) {
              let data37 = data33["os.features"];
              if (Array.isArray(data37)) {
                const len5 = data37.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  if (typeof data37[i5] !== "string") {
                    const err68 = { instancePath: instancePath + "/subject/platform/os.features/" + i5, schemaPath: "#/properties/subject/properties/platform/properties/os.features/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
              } else {
                const err69 = { instancePath: instancePath + "/subject/platform/os.features", schemaPath: "#/properties/subject/properties/platform/properties/os.features/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            if (data33.variant !== void 0) {
              if (typeof data33.variant !== "string") {
                const err70 = { instancePath: instancePath + "/subject/platform/variant", schemaPath: "#/properties/subject/properties/platform/properties/variant/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
            if (data33.features !== void 0) {
              let data40 = data33.features;
              if (Array.isArray(data40)) {
                const len6 = data40.length;
                for (let i6 = 0; i6 < len6; i6++) {
                  if (typeof data40[i6] !== "string") {
                    const err71 = { instancePath: instancePath + "/subject/platform/features/" + i6, schemaPath: "#/properties/subject/properties/platform/properties/features/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                }
              } else {
                const err72 = { instancePath: instancePath + "/subject/platform/features", schemaPath: "#/properties/subject/properties/platform/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
          } else {
            const err73 = { instancePath: instancePath + "/subject/platform", schemaPath: "#/properties/subject/properties/platform/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
      } else {
        const err74 = { instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
    if (data.annotations !== void 0) {
      let data42 = data.annotations;
      if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
        for (const key2 in data42) {
          if (typeof data42[key2] !== "string") {
            const err75 = { instancePath: instancePath + "/annotations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
      } else {
        const err76 = { instancePath: instancePath + "/annotations", schemaPath: "#/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
    }
  } else {
    const err77 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err77];
    } else {
      vErrors.push(err77);
    }
    errors++;
  }
  validate1.errors = vErrors;
  return errors === 0;
}
var ociManifest = validate2;
function validate2(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.config === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "config" }, message: "must have required property 'config'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.layers === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "layers" }, message: "must have required property 'layers'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.schemaVersion !== void 0) {
      let data0 = data.schemaVersion;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err3 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (2 !== data0) {
        const err4 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 2 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.mediaType !== void 0) {
      let data1 = data.mediaType;
      if (typeof data1 !== "string") {
        const err5 = { instancePath: instancePath + "/mediaType", schemaPath: "#/properties/mediaType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("application/vnd.oci.image.manifest.v1+json" !== data1) {
        const err6 = { instancePath: instancePath + "/mediaType", schemaPath: "#/properties/mediaType/const", keyword: "const", params: { allowedValue: "application/vnd.oci.image.manifest.v1+json" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.artifactType !== void 0) {
      let data2 = data.artifactType;
      if (typeof data2 === "string") {
        if (!pattern0.test(data2)) {
          const err7 = { instancePath: instancePath + "/artifactType", schemaPath: "#/properties/artifactType/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$"' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/artifactType", schemaPath: "#/properties/artifactType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.config !== void 0) {
      let data3 = data.config;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.mediaType === void 0) {
          const err9 = { instancePath: instancePath + "/config", schemaPath: "#/properties/config/required", keyword: "required", params: { missingProperty: "mediaType" }, message: "must have required property 'mediaType'" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data3.digest === void 0) {
          const err10 = { instancePath: instancePath + "/config", schemaPath: "#/properties/config/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property 'digest'" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data3.size === void 0) {
          const err11 = { instancePath: instancePath + "/config", schemaPath: "#/properties/config/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property 'size'" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data3.mediaType !== void 0) {
          let data4 = data3.mediaType;
          if (typeof data4 === "string") {
            if (!pattern0.test(data4)) {
              const err12 = { instancePath: instancePath + "/config/mediaType", schemaPath: "#/properties/config/properties/mediaType/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$"' };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/config/mediaType", schemaPath: "#/properties/config/properties/mediaType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.digest !== void 0) {
          let data5 = data3.digest;
          if (typeof data5 === "string") {
            if (!pattern2.test(data5)) {
              const err14 = { instancePath: instancePath + "/config/digest", schemaPath: "#/properties/config/properties/digest/pattern", keyword: "pattern", params: { pattern: "^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}|(?!sha256:|sha512:)[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$" }, message: 'must match pattern "^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}|(?!sha256:|sha512:)[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$"' };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/config/digest", schemaPath: "#/properties/config/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data3.size !== void 0) {
          let data6 = data3.size;
          if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)))) {
            const err16 = { instancePath: instancePath + "/config/size", schemaPath: "#/properties/config/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (typeof data6 == "number") {
            if (data6 > 9007199254740991 || isNaN(data6)) {
              const err17 = { instancePath: instancePath + "/config/size", schemaPath: "#/properties/config/properties/size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data6 < 0 || isNaN(data6)) {
              const err18 = { instancePath: instancePath + "/config/size", schemaPath: "#/properties/config/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
        }
        if (data3.urls !== void 0) {
          let data7 = data3.urls;
          if (Array.isArray(data7)) {
            const len0 = data7.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data8 = data7[i0];
              if (typeof data8 === "string") {
                if (!pattern3.test(data8)) {
                  const err19 = { instancePath: instancePath + "/config/urls/" + i0, schemaPath: "#/properties/config/properties/urls/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$"' };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/config/urls/" + i0, schemaPath: "#/properties/config/properties/urls/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/config/urls", schemaPath: "#/properties/config/properties/urls/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data3.annotations !== void 0) {
          let data9 = data3.annotations;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            for (const key0 in data9) {
              if (typeof data9[key0] !== "string") {
                const err22 = { instancePath: instancePath + "/config/annotations/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/config/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/config/annotations", schemaPath: "#/properties/config/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data3.data !== void 0) {
          let data11 = data3.data;
          if (typeof data11 === "string") {
            if (!pattern4.test(data11)) {
              const err24 = { instancePath: instancePath + "/config/data", schemaPath: "#/properties/config/properties/data/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/]*={0,2}$" }, message: 'must match pattern "^[A-Za-z0-9+/]*={0,2}$"' };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/config/data", schemaPath: "#/properties/config/properties/data/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data3.artifactType !== void 0) {
          let data12 = data3.artifactType;
          if (typeof data12 === "string") {
            if (!pattern0.test(data12)) {
              const err26 = { instancePath: instancePath + "/config/artifactType", schemaPath: "#/properties/config/properties/artifactType/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$"' };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/config/artifactType", schemaPath: "#/properties/config/properties/artifactType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data3.platform !== void 0) {
          let data13 = data3.platform;
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            if (data13.architecture === void 0) {
              const err28 = { instancePath: instancePath + "/config/platform", schemaPath: "#/properties/config/properties/platform/required", keyword: "required", params: { missingProperty: "architecture" }, message: "must have required property 'architecture'" };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (data13.os === void 0) {
              const err29 = { instancePath: instancePath + "/config/platform", schemaPath: "#/properties/config/properties/platform/required", keyword: "required", params: { missingProperty: "os" }, message: "must have required property 'os'" };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data13.architecture !== void 0) {
              let data14 = data13.architecture;
              if (typeof data14 === "string") {
                if (func0(data14) < 1) {
                  const err30 = { instancePath: instancePath + "/config/platform/architecture", schemaPath: "#/properties/config/properties/platform/properties/architecture/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              } else {
                const err31 = { instancePath: instancePath + "/config/platform/architecture", schemaPath: "#/properties/config/properties/platform/properties/architecture/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data13.os !== void 0) {
              let data15 = data13.os;
              if (typeof data15 === "string") {
                if (func0(data15) < 1) {
                  const err32 = { instancePath: instancePath + "/config/platform/os", schemaPath: "#/properties/config/properties/platform/properties/os/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              } else {
                const err33 = { instancePath: instancePath + "/config/platform/os", schemaPath: "#/properties/config/properties/platform/properties/os/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data13["os.version"] !== void 0) {
              if (typeof data13["os.version"] !== "string") {
                const err34 = { instancePath: instancePath + "/config/platform/os.version", schemaPath: "#/properties/config/properties/platform/properties/os.version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data13["os.features"] !== void 0) {
              let data17 = data13["os.features"];
              if (Array.isArray(data17)) {
                const len1 = data17.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (typeof data17[i1] !== "string") {
                    const err35 = { instancePath: instancePath + "/config/platform/os.features/" + i1, schemaPath: "#/properties/config/properties/platform/properties/os.features/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
              } else {
                const err36 = { instancePath: instancePath + "/config/platform/os.features", schemaPath: "#/properties/config/properties/platform/properties/os.features/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data13.variant !== void 0) {
              if (typeof data13.variant !== "string") {
                const err37 = { instancePath: instancePath + "/config/platform/variant", schemaPath: "#/properties/config/properties/platform/properties/variant/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data13.features !== void 0) {
              let data20 = data13.features;
              if (Array.isArray(data20)) {
                const len2 = data20.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  if (typeof data20[i2] !== "string") {
                    const err38 = { instancePath: instancePath + "/config/platform/features/" + i2, schemaPath: "#/properties/config/properties/platform/properties/features/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
              } else {
                const err39 = { instancePath: instancePath + "/config/platform/features", schemaPath: "#/properties/config/properties/platform/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
          } else {
            const err40 = { instancePath: instancePath + "/config/platform", schemaPath: "#/properties/config/properties/platform/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/config", schemaPath: "#/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.layers !== void 0) {
      let data22 = data.layers;
      if (Array.isArray(data22)) {
        const len3 = data22.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data23 = data22[i3];
          if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            if (data23.mediaType === void 0) {
              const err42 = { instancePath: instancePath + "/layers/" + i3, schemaPath: "#/properties/layers/items/required", keyword: "required", params: { missingProperty: "mediaType" }, message: "must have required property 'mediaType'" };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data23.digest === void 0) {
              const err43 = { instancePath: instancePath + "/layers/" + i3, schemaPath: "#/properties/layers/items/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property 'digest'" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data23.size === void 0) {
              const err44 = { instancePath: instancePath + "/layers/" + i3, schemaPath: "#/properties/layers/items/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property 'size'" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data23.mediaType !== void 0) {
              let data24 = data23.mediaType;
              if (typeof data24 === "string") {
                if (!pattern0.test(data24)) {
                  const err45 = { instancePath: instancePath + "/layers/" + i3 + "/mediaType", schemaPath: "#/properties/layers/items/properties/mediaType/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$"' };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              } else {
                const err46 = { instancePath: instancePath + "/layers/" + i3 + "/mediaType", schemaPath: "#/properties/layers/items/properties/mediaType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data23.digest !== void 0) {
              let data25 = data23.digest;
              if (typeof data25 === "string") {
                if (!pattern2.test(data25)) {
                  const err47 = { instancePath: instancePath + "/layers/" + i3 + "/digest", schemaPath: "#/properties/layers/items/properties/digest/pattern", keyword: "pattern", params: { pattern: "^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}|(?!sha256:|sha512:)[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$" }, message: 'must match pattern "^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}|(?!sha256:|sha512:)[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$"' };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              } else {
                const err48 = { instancePath: instancePath + "/layers/" + i3 + "/digest", schemaPath: "#/properties/layers/items/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data23.size !== void 0) {
              let data26 = data23.size;
              if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)))) {
                const err49 = { instancePath: instancePath + "/layers/" + i3 + "/size", schemaPath: "#/properties/layers/items/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
              if (typeof data26 == "number") {
                if (data26 > 9007199254740991 || isNaN(data26)) {
                  const err50 = { instancePath: instancePath + "/layers/" + i3 + "/size", schemaPath: "#/properties/layers/items/properties/size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
                if (data26 < 0 || isNaN(data26)) {
                  const err51 = { instancePath: instancePath + "/layers/" + i3 + "/size", schemaPath: "#/properties/layers/items/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
              }
            }
            if (data23.urls !== void 0) {
              let data27 = data23.urls;
              if (Array.isArray(data27)) {
                const len4 = data27.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data28 = data27[i4];
                  if (typeof data28 === "string") {
                    if (!pattern3.test(data28)) {
                      const err52 = { instancePath: instancePath + "/layers/" + i3 + "/urls/" + i4, schemaPath: "#/properties/layers/items/properties/urls/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$"' };
                      if (vErrors === null) {
                        vErrors = [err52];
                      } else {
                        vErrors.push(err52);
                      }
                      errors++;
                    }
                  } else {
                    const err53 = { instancePath: instancePath + "/layers/" + i3 + "/urls/" + i4, schemaPath: "#/properties/layers/items/properties/urls/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                }
              } else {
                const err54 = { instancePath: instancePath + "/layers/" + i3 + "/urls", schemaPath: "#/properties/layers/items/properties/urls/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data23.annotations !== void 0) {
              let data29 = data23.annotations;
              if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                for (const key1 in data29) {
                  if (typeof data29[key1] !== "string") {
                    const err55 = { instancePath: instancePath + "/layers/" + i3 + "/annotations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/layers/items/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                }
              } else {
                const err56 = { instancePath: instancePath + "/layers/" + i3 + "/annotations", schemaPath: "#/properties/layers/items/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data23.data !== void 0) {
              let data31 = data23.data;
              if (typeof data31 === "string") {
                if (!pattern4.test(data31)) {
                  const err57 = { instancePath: instancePath + "/layers/" + i3 + "/data", schemaPath: "#/properties/layers/items/properties/data/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/]*={0,2}$" }, message: 'must match pattern "^[A-Za-z0-9+/]*={0,2}$"' };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
              } else {
                const err58 = { instancePath: instancePath + "/layers/" + i3 + "/data", schemaPath: "#/properties/layers/items/properties/data/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data23.artifactType !== void 0) {
              let data32 = data23.artifactType;
              if (typeof data32 === "string") {
                if (!pattern0.test(data32)) {
                  const err59 = { instancePath: instancePath + "/layers/" + i3 + "/artifactType", schemaPath: "#/properties/layers/items/properties/artifactType/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$"' };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
              } else {
                const err60 = { instancePath: instancePath + "/layers/" + i3 + "/artifactType", schemaPath: "#/properties/layers/items/properties/artifactType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data23.platform !== void 0) {
              let data33 = data23.platform;
              if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                if (data33.architecture === void 0) {
                  const err61 = { instancePath: instancePath + "/layers/" + i3 + "/platform", schemaPath: "#/properties/layers/items/properties/platform/required", keyword: "required", params: { missingProperty: "architecture" }, message: "must have required property 'architecture'" };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
                if (data33.os === void 0) {
                  const err62 = { instancePath: instancePath + "/layers/" + i3 + "/platform", schemaPath: "#/properties/layers/items/properties/platform/required", keyword: "required", params: { missingProperty: "os" }, message: "must have required property 'os'" };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
                if (data33.architecture !== void 0) {
                  let data34 = data33.architecture;
                  if (typeof data34 === "string") {
                    if (func0(data34) < 1) {
                      const err63 = { instancePath: instancePath + "/layers/" + i3 + "/platform/architecture", schemaPath: "#/properties/layers/items/properties/platform/properties/architecture/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err63];
                      } else {
                        vErrors.push(err63);
                      }
                      errors++;
                    }
                  } else {
                    const err64 = { instancePath: instancePath + "/layers/" + i3 + "/platform/architecture", schemaPath: "#/properties/layers/items/properties/platform/properties/architecture/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                }
                if (data33.os !== void 0) {
                  let data35 = data33.os;
                  if (typeof data35 === "string") {
                    if (func0(data35) < 1) {
                      const err65 = { instancePath: instancePath + "/layers/" + i3 + "/platform/os", schemaPath: "#/properties/layers/items/properties/platform/properties/os/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err65];
                      } else {
                        vErrors.push(err65);
                      }
                      errors++;
                    }
                  } else {
                    const err66 = { instancePath: instancePath + "/layers/" + i3 + "/platform/os", schemaPath: "#/properties/layers/items/properties/platform/properties/os/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
                if (data33["os.version"] !== void 0) {
                  if (typeof data33["os.version"] !== "string") {
                    const err67 = { instancePath: instancePath + "/layers/" + i3 + "/platform/os.version", schemaPath: "#/properties/layers/items/properties/platform/properties/os.version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                }
                if (data33["os.features"] !== void 0) {
                  let data37 = data33["os.features"];
                  if (Array.isArray(data37)) {
                    const len5 = data37.length;
                    for (let i5 = 0; i5 < len5; i5++) {
                      if (typeof data37[i5] !== "string") {
                        const err68 = { instancePath: instancePath + "/layers/" + i3 + "/platform/os.features/" + i5, schemaPath: "#/properties/layers/items/properties/platform/properties/os.features/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err68];
                        } else {
                          vErrors.push(err68);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err69 = { instancePath: instancePath + "/layers/" + i3 + "/platform/os.features", schemaPath: "#/properties/layers/items/properties/platform/properties/os.features/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                }
                if (data33.variant !== void 0) {
                  if (typeof data33.variant !== "string") {
                    const err70 = { instancePath: instancePath + "/layers/" + i3 + "/platform/variant", schemaPath: "#/properties/layers/items/properties/platform/properties/variant/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
                if (data33.features !== void 0) {
                  let data40 = data33.features;
                  if (Array.isArray(data40)) {
                    const len6 = data40.length;
                    for (let i6 = 0; i6 < len6; i6++) {
                      if (typeof data40[i6] !== "string") {
                        const err71 = { instancePath: instancePath + "/layers/" + i3 + "/platform/features/" + i6, schemaPath: "#/properties/layers/items/properties/platform/properties/features/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err71];
                        } else {
                          vErrors.push(err71);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err72 = { instancePath: instancePath + "/layers/" + i3 + "/platform/features", schemaPath: "#/properties/layers/items/properties/platform/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                }
              } else {
                const err73 = { instancePath: instancePath + "/layers/" + i3 + "/platform", schemaPath: "#/properties/layers/items/properties/platform/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
          } else {
            const err74 = { instancePath: instancePath + "/layers/" + i3, schemaPath: "#/properties/layers/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
      } else {
        const err75 = { instancePath: instancePath + "/layers", schemaPath: "#/properties/layers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
    }
    if (data.subject !== void 0) {
      let data42 = data.subject;
      if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
        if (data42.mediaType === void 0) {
          const err76 = { instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/required", keyword: "required", params: { missingProperty: "mediaType" }, message: "must have required property 'mediaType'" };
          if (vErrors === null) {
            vErrors = [err76];
          } else {
            vErrors.push(err76);
          }
          errors++;
        }
        if (data42.digest === void 0) {
          const err77 = { instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property 'digest'" };
          if (vErrors === null) {
            vErrors = [err77];
          } else {
            vErrors.push(err77);
          }
          errors++;
        }
        if (data42.size === void 0) {
          const err78 = { instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property 'size'" };
          if (vErrors === null) {
            vErrors = [err78];
          } else {
            vErrors.push(err78);
          }
          errors++;
        }
        if (data42.mediaType !== void 0) {
          let data43 = data42.mediaType;
          if (typeof data43 === "string") {
            if (!pattern0.test(data43)) {
              const err79 = { instancePath: instancePath + "/subject/mediaType", schemaPath: "#/properties/subject/properties/mediaType/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$"' };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
          } else {
            const err80 = { instancePath: instancePath + "/subject/mediaType", schemaPath: "#/properties/subject/properties/mediaType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data42.digest !== void 0) {
          let data44 = data42.digest;
          if (typeof data44 === "string") {
            if (!pattern2.test(data44)) {
              const err81 = { instancePath: instancePath + "/subject/digest", schemaPath: "#/properties/subject/properties/digest/pattern", keyword: "pattern", params: { pattern: "^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}|(?!sha256:|sha512:)[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$" }, message: 'must match pattern "^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}|(?!sha256:|sha512:)[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$"' };
              if (vErrors === null) {
                vErrors = [err81];
              } else {
                vErrors.push(err81);
              }
              errors++;
            }
          } else {
            const err82 = { instancePath: instancePath + "/subject/digest", schemaPath: "#/properties/subject/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
        if (data42.size !== void 0) {
          let data45 = data42.size;
          if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)))) {
            const err83 = { instancePath: instancePath + "/subject/size", schemaPath: "#/properties/subject/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
          if (typeof data45 == "number") {
            if (data45 > 9007199254740991 || isNaN(data45)) {
              const err84 = { instancePath: instancePath + "/subject/size", schemaPath: "#/properties/subject/properties/size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
            if (data45 < 0 || isNaN(data45)) {
              const err85 = { instancePath: instancePath + "/subject/size", schemaPath: "#/properties/subject/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err85];
              } else {
                vErrors.push(err85);
              }
              errors++;
            }
          }
        }
        if (data42.urls !== void 0) {
          let data46 = data42.urls;
          if (Array.isArray(data46)) {
            const len7 = data46.length;
            for (let i7 = 0; i7 < len7; i7++) {
              let data47 = data46[i7];
              if (typeof data47 === "string") {
                if (!pattern3.test(data47)) {
                  const err86 = { instancePath: instancePath + "/subject/urls/" + i7, schemaPath: "#/properties/subject/properties/urls/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$"' };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
              } else {
                const err87 = { instancePath: instancePath + "/subject/urls/" + i7, schemaPath: "#/properties/subject/properties/urls/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
          } else {
            const err88 = { instancePath: instancePath + "/subject/urls", schemaPath: "#/properties/subject/properties/urls/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
        if (data42.annotations !== void 0) {
          let data48 = data42.annotations;
          if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
            for (const key2 in data48) {
              if (typeof data48[key2] !== "string") {
                const err89 = { instancePath: instancePath + "/subject/annotations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/subject/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
          } else {
            const err90 = { instancePath: instancePath + "/subject/annotations", schemaPath: "#/properties/subject/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
        if (data42.data !== void 0) {
          let data50 = data42.data;
          if (typeof data50 === "string") {
            if (!pattern4.test(data50)) {
              const err91 = { instancePath: instancePath + "/subject/data", schemaPath: "#/properties/subject/properties/data/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/]*={0,2}$" }, message: 'must match pattern "^[A-Za-z0-9+/]*={0,2}$"' };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
          } else {
            const err92 = { instancePath: instancePath + "/subject/data", schemaPath: "#/properties/subject/properties/data/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
        if (data42.artifactType !== void 0) {
          let data51 = data42.artifactType;
          if (typeof data51 === "string") {
            if (!pattern0.test(data51)) {
              const err93 = { instancePath: instancePath + "/subject/artifactType", schemaPath: "#/properties/subject/properties/artifactType/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$"' };
              if (vErrors === null) {
                vErrors = [err93];
              } else {
                vErrors.push(err93);
              }
              errors++;
            }
          } else {
            const err94 = { instancePath: instancePath + "/subject/artifactType", schemaPath: "#/properties/subject/properties/artifactType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
        }
        if (data42.platform !== void 0) {
          let data52 = data42.platform;
          if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
            if (data52.architecture === void 0) {
              const err95 = { instancePath: instancePath + "/subject/platform", schemaPath: "#/properties/subject/properties/platform/required", keyword: "required", params: { missingProperty: "architecture" }, message: "must have required property 'architecture'" };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
            if (data52.os === void 0) {
              const err96 = { instancePath: instancePath + "/subject/platform", schemaPath: "#/properties/subject/properties/platform/required", keyword: "required", params: { missingProperty: "os" }, message: "must have required property 'os'" };
              if (vErrors === null) {
                vErrors = [err96];
              } else {
                vErrors.push(err96);
              }
              errors++;
            }
            if (data52.architecture !== void 0) {
              let data53 = data52.architecture;
              if (typeof data53 === "string") {
                if (func0(data53) < 1) {
                  const err97 = { instancePath: instancePath + "/subject/platform/architecture", schemaPath: "#/properties/subject/properties/platform/properties/architecture/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err97];
                  } else {
                    vErrors.push(err97);
                  }
                  errors++;
                }
              } else {
                const err98 = { instancePath: instancePath + "/subject/platform/architecture", schemaPath: "#/properties/subject/properties/platform/properties/architecture/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
            }
            if (data52.os !== void 0) {
              let data54 = data52.os;
              if (typeof data54 === "string") {
                if (func0(data54) < 1) {
                  const err99 = { instancePath: instancePath + "/subject/platform/os", schemaPath: "#/properties/subject/properties/platform/properties/os/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err99];
                  } else {
                    vErrors.push(err99);
                  }
                  errors++;
                }
              } else {
                const err100 = { instancePath: instancePath + "/subject/platform/os", schemaPath: "#/properties/subject/properties/platform/properties/os/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
                errors++;
              }
            }
            if (data52["os.version"] !== void 0) {
              if (typeof data52["os.version"] !== "string") {
                const err101 = { instancePath: instancePath + "/subject/platform/os.version", schemaPath: "#/properties/subject/properties/platform/properties/os.version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
            if (data52["os.features"] !== void 0) {
              let data56 = data52["os.features"];
              if (Array.isArray(data56)) {
                const len8 = data56.length;
                for (let i8 = 0; i8 < len8; i8++) {
                  if (typeof data56[i8] !== "string") {
                    const err102 = { instancePath: instancePath + "/subject/platform/os.features/" + i8, schemaPath: "#/properties/subject/properties/platform/properties/os.features/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err102];
                    } else {
                      vErrors.push(err102);
                    }
                    errors++;
                  }
                }
              } else {
                const err103 = { instancePath: instancePath + "/subject/platform/os.features", schemaPath: "#/properties/subject/properties/platform/properties/os.features/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
            }
            if (data52.variant !== void 0) {
              if (typeof data52.variant !== "string") {
                const err104 = { instancePath: instancePath + "/subject/platform/variant", schemaPath: "#/properties/subject/properties/platform/properties/variant/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
            }
            if (data52.features !== void 0) {
              let data59 = data52.features;
              if (Array.isArray(data59)) {
                const len9 = data59.length;
                for (let i9 = 0; i9 < len9; i9++) {
                  if (typeof data59[i9] !== "string") {
                    const err105 = { instancePath: instancePath + "/subject/platform/features/" + i9, schemaPath: "#/properties/subject/properties/platform/properties/features/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err105];
                    } else {
                      vErrors.push(err105);
                    }
                    errors++;
                  }
                }
              } else {
                const err106 = { instancePath: instancePath + "/subject/platform/features", schemaPath: "#/properties/subject/properties/platform/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err106];
                } else {
                  vErrors.push(err106);
                }
                errors++;
              }
            }
          } else {
            const err107 = { instancePath: instancePath + "/subject/platform", schemaPath: "#/properties/subject/properties/platform/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err107];
            } else {
              vErrors.push(err107);
            }
            errors++;
          }
        }
      } else {
        const err108 = { instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err108];
        } else {
          vErrors.push(err108);
        }
        errors++;
      }
    }
    if (data.annotations !== void 0) {
      let data61 = data.annotations;
      if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
        for (const key3 in data61) {
          if (typeof data61[key3] !== "string") {
            const err109 = { instancePath: instancePath + "/annotations/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err109];
            } else {
              vErrors.push(err109);
            }
            errors++;
          }
        }
      } else {
        const err110 = { instancePath: instancePath + "/annotations", schemaPath: "#/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err110];
        } else {
          vErrors.push(err110);
        }
        errors++;
      }
    }
  } else {
    const err111 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err111];
    } else {
      vErrors.push(err111);
    }
    errors++;
  }
  validate2.errors = vErrors;
  return errors === 0;
}
var dockerManifest = validate3;
function validate3(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.mediaType === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mediaType" }, message: "must have required property 'mediaType'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.config === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "config" }, message: "must have required property 'config'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.layers === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "layers" }, message: "must have required property 'layers'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.schemaVersion !== void 0) {
      let data0 = data.schemaVersion;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err4 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (2 !== data0) {
        const err5 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 2 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.mediaType !== void 0) {
      let data1 = data.mediaType;
      if (typeof data1 !== "string") {
        const err6 = { instancePath: instancePath + "/mediaType", schemaPath: "#/properties/mediaType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if ("application/vnd.docker.distribution.manifest.v2+json" !== data1) {
        const err7 = { instancePath: instancePath + "/mediaType", schemaPath: "#/properties/mediaType/const", keyword: "const", params: { allowedValue: "application/vnd.docker.distribution.manifest.v2+json" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.config !== void 0) {
      let data2 = data.config;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.mediaType === void 0) {
          const err8 = { instancePath: instancePath + "/config", schemaPath: "#/properties/config/required", keyword: "required", params: { missingProperty: "mediaType" }, message: "must have required property 'mediaType'" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data2.digest === void 0) {
          const err9 = { instancePath: instancePath + "/config", schemaPath: "#/properties/config/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property 'digest'" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data2.size === void 0) {
          const err10 = { instancePath: instancePath + "/config", schemaPath: "#/properties/config/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property 'size'" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data2.mediaType !== void 0) {
          let data3 = data2.mediaType;
          if (typeof data3 === "string") {
            if (!pattern0.test(data3)) {
              const err11 = { instancePath: instancePath + "/config/mediaType", schemaPath: "#/properties/config/properties/mediaType/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$"' };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/config/mediaType", schemaPath: "#/properties/config/properties/mediaType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data2.digest !== void 0) {
          let data4 = data2.digest;
          if (typeof data4 === "string") {
            if (!pattern2.test(data4)) {
              const err13 = { instancePath: instancePath + "/config/digest", schemaPath: "#/properties/config/properties/digest/pattern", keyword: "pattern", params: { pattern: "^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}|(?!sha256:|sha512:)[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$" }, message: 'must match pattern "^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}|(?!sha256:|sha512:)[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$"' };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/config/digest", schemaPath: "#/properties/config/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data2.size !== void 0) {
          let data5 = data2.size;
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)))) {
            const err15 = { instancePath: instancePath + "/config/size", schemaPath: "#/properties/config/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          if (typeof data5 == "number") {
            if (data5 > 9007199254740991 || isNaN(data5)) {
              const err16 = { instancePath: instancePath + "/config/size", schemaPath: "#/properties/config/properties/size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data5 < 0 || isNaN(data5)) {
              const err17 = { instancePath: instancePath + "/config/size", schemaPath: "#/properties/config/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
        }
        if (data2.urls !== void 0) {
          let data6 = data2.urls;
          if (Array.isArray(data6)) {
            const len0 = data6.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data7 = data6[i0];
              if (typeof data7 === "string") {
                if (!pattern3.test(data7)) {
                  const err18 = { instancePath: instancePath + "/config/urls/" + i0, schemaPath: "#/properties/config/properties/urls/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$"' };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              } else {
                const err19 = { instancePath: instancePath + "/config/urls/" + i0, schemaPath: "#/properties/config/properties/urls/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          } else {
            const err20 = { instancePath: instancePath + "/config/urls", schemaPath: "#/properties/config/properties/urls/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data2.annotations !== void 0) {
          let data8 = data2.annotations;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            for (const key0 in data8) {
              if (typeof data8[key0] !== "string") {
                const err21 = { instancePath: instancePath + "/config/annotations/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/config/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/config/annotations", schemaPath: "#/properties/config/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data2.data !== void 0) {
          let data10 = data2.data;
          if (typeof data10 === "string") {
            if (!pattern4.test(data10)) {
              const err23 = { instancePath: instancePath + "/config/data", schemaPath: "#/properties/config/properties/data/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/]*={0,2}$" }, message: 'must match pattern "^[A-Za-z0-9+/]*={0,2}$"' };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/config/data", schemaPath: "#/properties/config/properties/data/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data2.artifactType !== void 0) {
          let data11 = data2.artifactType;
          if (typeof data11 === "string") {
            if (!pattern0.test(data11)) {
              const err25 = { instancePath: instancePath + "/config/artifactType", schemaPath: "#/properties/config/properties/artifactType/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$"' };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/config/artifactType", schemaPath: "#/properties/config/properties/artifactType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data2.platform !== void 0) {
          let data12 = data2.platform;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (data12.architecture === void 0) {
              const err27 = { instancePath: instancePath + "/config/platform", schemaPath: "#/properties/config/properties/platform/required", keyword: "required", params: { missingProperty: "architecture" }, message: "must have required property 'architecture'" };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data12.os === void 0) {
              const err28 = { instancePath: instancePath + "/config/platform", schemaPath: "#/properties/config/properties/platform/required", keyword: "required", params: { missingProperty: "os" }, message: "must have required property 'os'" };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (data12.architecture !== void 0) {
              let data13 = data12.architecture;
              if (typeof data13 === "string") {
                if (func0(data13) < 1) {
                  const err29 = { instancePath: instancePath + "/config/platform/architecture", schemaPath: "#/properties/config/properties/platform/properties/architecture/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              } else {
                const err30 = { instancePath: instancePath + "/config/platform/architecture", schemaPath: "#/properties/config/properties/platform/properties/architecture/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data12.os !== void 0) {
              let data14 = data12.os;
              if (typeof data14 === "string") {
                if (func0(data14) < 1) {
                  const err31 = { instancePath: instancePath + "/config/platform/os", schemaPath: "#/properties/config/properties/platform/properties/os/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              } else {
                const err32 = { instancePath: instancePath + "/config/platform/os", schemaPath: "#/properties/config/properties/platform/properties/os/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data12["os.version"] !== void 0) {
              if (typeof data12["os.version"] !== "string") {
                const err33 = { instancePath: instancePath + "/config/platform/os.version", schemaPath: "#/properties/config/properties/platform/properties/os.version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data12["os.features"] !== void 0) {
              let data16 = data12["os.features"];
              if (Array.isArray(data16)) {
                const len1 = data16.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (typeof data16[i1] !== "string") {
                    const err34 = { instancePath: instancePath + "/config/platform/os.features/" + i1, schemaPath: "#/properties/config/properties/platform/properties/os.features/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
              } else {
                const err35 = { instancePath: instancePath + "/config/platform/os.features", schemaPath: "#/properties/config/properties/platform/properties/os.features/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data12.variant !== void 0) {
              if (typeof data12.variant !== "string") {
                const err36 = { instancePath: instancePath + "/config/platform/variant", schemaPath: "#/properties/config/properties/platform/properties/variant/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data12.features !== void 0) {
              let data19 = data12.features;
              if (Array.isArray(data19)) {
                const len2 = data19.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  if (typeof data19[i2] !== "string") {
                    const err37 = { instancePath: instancePath + "/config/platform/features/" + i2, schemaPath: "#/properties/config/properties/platform/properties/features/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
              } else {
                const err38 = { instancePath: instancePath + "/config/platform/features", schemaPath: "#/properties/config/properties/platform/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/config/platform", schemaPath: "#/properties/config/properties/platform/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/config", schemaPath: "#/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.layers !== void 0) {
      let data21 = data.layers;
      if (Array.isArray(data21)) {
        const len3 = data21.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data22 = data21[i3];
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            if (data22.mediaType === void 0) {
              const err41 = { instancePath: instancePath + "/layers/" + i3, schemaPath: "#/properties/layers/items/required", keyword: "required", params: { missingProperty: "mediaType" }, message: "must have required property 'mediaType'" };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (data22.digest === void 0) {
              const err42 = { instancePath: instancePath + "/layers/" + i3, schemaPath: "#/properties/layers/items/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property 'digest'" };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data22.size === void 0) {
              const err43 = { instancePath: instancePath + "/layers/" + i3, schemaPath: "#/properties/layers/items/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property 'size'" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data22.mediaType !== void 0) {
              let data23 = data22.mediaType;
              if (typeof data23 === "string") {
                if (!pattern0.test(data23)) {
                  const err44 = { instancePath: instancePath + "/layers/" + i3 + "/mediaType", schemaPath: "#/properties/layers/items/properties/mediaType/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$"' };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
              } else {
                const err45 = { instancePath: instancePath + "/layers/" + i3 + "/mediaType", schemaPath: "#/properties/layers/items/properties/mediaType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data22.digest !== void 0) {
              let data24 = data22.digest;
              if (typeof data24 === "string") {
                if (!pattern2.test(data24)) {
                  const err46 = { instancePath: instancePath + "/layers/" + i3 + "/digest", schemaPath: "#/properties/layers/items/properties/digest/pattern", keyword: "pattern", params: { pattern: "^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}|(?!sha256:|sha512:)[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$" }, message: 'must match pattern "^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}|(?!sha256:|sha512:)[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$"' };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              } else {
                const err47 = { instancePath: instancePath + "/layers/" + i3 + "/digest", schemaPath: "#/properties/layers/items/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data22.size !== void 0) {
              let data25 = data22.size;
              if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)))) {
                const err48 = { instancePath: instancePath + "/layers/" + i3 + "/size", schemaPath: "#/properties/layers/items/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
              if (typeof data25 == "number") {
                if (data25 > 9007199254740991 || isNaN(data25)) {
                  const err49 = { instancePath: instancePath + "/layers/" + i3 + "/size", schemaPath: "#/properties/layers/items/properties/size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
                if (data25 < 0 || isNaN(data25)) {
                  const err50 = { instancePath: instancePath + "/layers/" + i3 + "/size", schemaPath: "#/properties/layers/items/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              }
            }
            if (data22.urls !== void 0) {
              let data26 = data22.urls;
              if (Array.isArray(data26)) {
                const len4 = data26.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data27 = data26[i4];
                  if (typeof data27 === "string") {
                    if (!pattern3.test(data27)) {
                      const err51 = { instancePath: instancePath + "/layers/" + i3 + "/urls/" + i4, schemaPath: "#/properties/layers/items/properties/urls/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$"' };
                      if (vErrors === null) {
                        vErrors = [err51];
                      } else {
                        vErrors.push(err51);
                      }
                      errors++;
                    }
                  } else {
                    const err52 = { instancePath: instancePath + "/layers/" + i3 + "/urls/" + i4, schemaPath: "#/properties/layers/items/properties/urls/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                }
              } else {
                const err53 = { instancePath: instancePath + "/layers/" + i3 + "/urls", schemaPath: "#/properties/layers/items/properties/urls/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data22.annotations !== void 0) {
              let data28 = data22.annotations;
              if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                for (const key1 in data28) {
                  if (typeof data28[key1] !== "string") {
                    const err54 = { instancePath: instancePath + "/layers/" + i3 + "/annotations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/layers/items/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
              } else {
                const err55 = { instancePath: instancePath + "/layers/" + i3 + "/annotations", schemaPath: "#/properties/layers/items/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data22.data !== void 0) {
              let data30 = data22.data;
              if (typeof data30 === "string") {
                if (!pattern4.test(data30)) {
                  const err56 = { instancePath: instancePath + "/layers/" + i3 + "/data", schemaPath: "#/properties/layers/items/properties/data/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/]*={0,2}$" }, message: 'must match pattern "^[A-Za-z0-9+/]*={0,2}$"' };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              } else {
                const err57 = { instancePath: instancePath + "/layers/" + i3 + "/data", schemaPath: "#/properties/layers/items/properties/data/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data22.artifactType !== void 0) {
              let data31 = data22.artifactType;
              if (typeof data31 === "string") {
                if (!pattern0.test(data31)) {
                  const err58 = { instancePath: instancePath + "/layers/" + i3 + "/artifactType", schemaPath: "#/properties/layers/items/properties/artifactType/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$"' };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              } else {
                const err59 = { instancePath: instancePath + "/layers/" + i3 + "/artifactType", schemaPath: "#/properties/layers/items/properties/artifactType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data22.platform !== void 0) {
              let data32 = data22.platform;
              if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                if (data32.architecture === void 0) {
                  const err60 = { instancePath: instancePath + "/layers/" + i3 + "/platform", schemaPath: "#/properties/layers/items/properties/platform/required", keyword: "required", params: { missingProperty: "architecture" }, message: "must have required property 'architecture'" };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
                if (data32.os === void 0) {
                  const err61 = { instancePath: instancePath + "/layers/" + i3 + "/platform", schemaPath: "#/properties/layers/items/properties/platform/required", keyword: "required", params: { missingProperty: "os" }, message: "must have required property 'os'" };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
                if (data32.architecture !== void 0) {
                  let data33 = data32.architecture;
                  if (typeof data33 === "string") {
                    if (func0(data33) < 1) {
                      const err62 = { instancePath: instancePath + "/layers/" + i3 + "/platform/architecture", schemaPath: "#/properties/layers/items/properties/platform/properties/architecture/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err62];
                      } else {
                        vErrors.push(err62);
                      }
                      errors++;
                    }
                  } else {
                    const err63 = { instancePath: instancePath + "/layers/" + i3 + "/platform/architecture", schemaPath: "#/properties/layers/items/properties/platform/properties/architecture/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                }
                if (data32.os !== void 0) {
                  let data34 = data32.os;
                  if (typeof data34 === "string") {
                    if (func0(data34) < 1) {
                      const err64 = { instancePath: instancePath + "/layers/" + i3 + "/platform/os", schemaPath: "#/properties/layers/items/properties/platform/properties/os/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err64];
                      } else {
                        vErrors.push(err64);
                      }
                      errors++;
                    }
                  } else {
                    const err65 = { instancePath: instancePath + "/layers/" + i3 + "/platform/os", schemaPath: "#/properties/layers/items/properties/platform/properties/os/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
                if (data32["os.version"] !== void 0) {
                  if (typeof data32["os.version"] !== "string") {
                    const err66 = { instancePath: instancePath + "/layers/" + i3 + "/platform/os.version", schemaPath: "#/properties/layers/items/properties/platform/properties/os.version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
                if (data32["os.features"] !== void 0) {
                  let data36 = data32["os.features"];
                  if (Array.isArray(data36)) {
                    const len5 = data36.length;
                    for (let i5 = 0; i5 < len5; i5++) {
                      if (typeof data36[i5] !== "string") {
                        const err67 = { instancePath: instancePath + "/layers/" + i3 + "/platform/os.features/" + i5, schemaPath: "#/properties/layers/items/properties/platform/properties/os.features/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err67];
                        } else {
                          vErrors.push(err67);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err68 = { instancePath: instancePath + "/layers/" + i3 + "/platform/os.features", schemaPath: "#/properties/layers/items/properties/platform/properties/os.features/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
                if (data32.variant !== void 0) {
                  if (typeof data32.variant !== "string") {
                    const err69 = { instancePath: instancePath + "/layers/" + i3 + "/platform/variant", schemaPath: "#/properties/layers/items/properties/platform/properties/variant/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                }
                if (data32.features !== void 0) {
                  let data39 = data32.features;
                  if (Array.isArray(data39)) {
                    const len6 = data39.length;
                    for (let i6 = 0; i6 < len6; i6++) {
                      if (typeof data39[i6] !== "string") {
                        const err70 = { instancePath: instancePath + "/layers/" + i3 + "/platform/features/" + i6, schemaPath: "#/properties/layers/items/properties/platform/properties/features/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err70];
                        } else {
                          vErrors.push(err70);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err71 = { instancePath: instancePath + "/layers/" + i3 + "/platform/features", schemaPath: "#/properties/layers/items/properties/platform/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                }
              } else {
                const err72 = { instancePath: instancePath + "/layers/" + i3 + "/platform", schemaPath: "#/properties/layers/items/properties/platform/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
          } else {
            const err73 = { instancePath: instancePath + "/layers/" + i3, schemaPath: "#/properties/layers/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
      } else {
        const err74 = { instancePath: instancePath + "/layers", schemaPath: "#/properties/layers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
  } else {
    const err75 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err75];
    } else {
      vErrors.push(err75);
    }
    errors++;
  }
  validate3.errors = vErrors;
  return errors === 0;
}
var dockerManifestList = validate4;
function validate4(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.mediaType === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mediaType" }, message: "must have required property 'mediaType'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.manifests === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "manifests" }, message: "must have required property 'manifests'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.schemaVersion !== void 0) {
      let data0 = data.schemaVersion;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err3 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (2 !== data0) {
        const err4 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 2 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.mediaType !== void 0) {
      let data1 = data.mediaType;
      if (typeof data1 !== "string") {
        const err5 = { instancePath: instancePath + "/mediaType", schemaPath: "#/properties/mediaType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("application/vnd.docker.distribution.manifest.list.v2+json" !== data1) {
        const err6 = { instancePath: instancePath + "/mediaType", schemaPath: "#/properties/mediaType/const", keyword: "const", params: { allowedValue: "application/vnd.docker.distribution.manifest.list.v2+json" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.manifests !== void 0) {
      let data2 = data.manifests;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.mediaType === void 0) {
              const err7 = { instancePath: instancePath + "/manifests/" + i0, schemaPath: "#/properties/manifests/items/required", keyword: "required", params: { missingProperty: "mediaType" }, message: "must have required property 'mediaType'" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data3.digest === void 0) {
              const err8 = { instancePath: instancePath + "/manifests/" + i0, schemaPath: "#/properties/manifests/items/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property 'digest'" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data3.size === void 0) {
              const err9 = { instancePath: instancePath + "/manifests/" + i0, schemaPath: "#/properties/manifests/items/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property 'size'" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data3.platform === void 0) {
              const err10 = { instancePath: instancePath + "/manifests/" + i0, schemaPath: "#/properties/manifests/items/required", keyword: "required", params: { missingProperty: "platform" }, message: "must have required property 'platform'" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data3.mediaType !== void 0) {
              let data4 = data3.mediaType;
              if (typeof data4 === "string") {
                if (!pattern0.test(data4)) {
                  const err11 = { instancePath: instancePath + "/manifests/" + i0 + "/mediaType", schemaPath: "#/properties/manifests/items/properties/mediaType/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$"' };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = { instancePath: instancePath + "/manifests/" + i0 + "/mediaType", schemaPath: "#/properties/manifests/items/properties/mediaType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data3.digest !== void 0) {
              let data5 = data3.digest;
              if (typeof data5 === "string") {
                if (!pattern2.test(data5)) {
                  const err13 = { instancePath: instancePath + "/manifests/" + i0 + "/digest", schemaPath: "#/properties/manifests/items/properties/digest/pattern", keyword: "pattern", params: { pattern: "^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}|(?!sha256:|sha512:)[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$" }, message: 'must match pattern "^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}|(?!sha256:|sha512:)[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$"' };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = { instancePath: instancePath + "/manifests/" + i0 + "/digest", schemaPath: "#/properties/manifests/items/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data3.size !== void 0) {
              let data6 = data3.size;
              if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)))) {
                const err15 = { instancePath: instancePath + "/manifests/" + i0 + "/size", schemaPath: "#/properties/manifests/items/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
              if (typeof data6 == "number") {
                if (data6 > 9007199254740991 || isNaN(data6)) {
                  const err16 = { instancePath: instancePath + "/manifests/" + i0 + "/size", schemaPath: "#/properties/manifests/items/properties/size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
                if (data6 < 0 || isNaN(data6)) {
                  const err17 = { instancePath: instancePath + "/manifests/" + i0 + "/size", schemaPath: "#/properties/manifests/items/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              }
            }
            if (data3.urls !== void 0) {
              let data7 = data3.urls;
              if (Array.isArray(data7)) {
                const len1 = data7.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data8 = data7[i1];
                  if (typeof data8 === "string") {
                    if (!pattern3.test(data8)) {
                      const err18 = { instancePath: instancePath + "/manifests/" + i0 + "/urls/" + i1, schemaPath: "#/properties/manifests/items/properties/urls/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$"' };
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                    }
                  } else {
                    const err19 = { instancePath: instancePath + "/manifests/" + i0 + "/urls/" + i1, schemaPath: "#/properties/manifests/items/properties/urls/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
              } else {
                const err20 = { instancePath: instancePath + "/manifests/" + i0 + "/urls", schemaPath: "#/properties/manifests/items/properties/urls/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data3.annotations !== void 0) {
              let data9 = data3.annotations;
              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                for (const key0 in data9) {
                  if (typeof data9[key0] !== "string") {
                    const err21 = { instancePath: instancePath + "/manifests/" + i0 + "/annotations/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/manifests/items/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
              } else {
                const err22 = { instancePath: instancePath + "/manifests/" + i0 + "/annotations", schemaPath: "#/properties/manifests/items/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data3.data !== void 0) {
              let data11 = data3.data;
              if (typeof data11 === "string") {
                if (!pattern4.test(data11)) {
                  const err23 = { instancePath: instancePath + "/manifests/" + i0 + "/data", schemaPath: "#/properties/manifests/items/properties/data/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/]*={0,2}$" }, message: 'must match pattern "^[A-Za-z0-9+/]*={0,2}$"' };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/manifests/" + i0 + "/data", schemaPath: "#/properties/manifests/items/properties/data/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data3.artifactType !== void 0) {
              let data12 = data3.artifactType;
              if (typeof data12 === "string") {
                if (!pattern0.test(data12)) {
                  const err25 = { instancePath: instancePath + "/manifests/" + i0 + "/artifactType", schemaPath: "#/properties/manifests/items/properties/artifactType/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$"' };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              } else {
                const err26 = { instancePath: instancePath + "/manifests/" + i0 + "/artifactType", schemaPath: "#/properties/manifests/items/properties/artifactType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data3.platform !== void 0) {
              let data13 = data3.platform;
              if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                if (data13.architecture === void 0) {
                  const err27 = { instancePath: instancePath + "/manifests/" + i0 + "/platform", schemaPath: "#/properties/manifests/items/properties/platform/required", keyword: "required", params: { missingProperty: "architecture" }, message: "must have required property 'architecture'" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                if (data13.os === void 0) {
                  const err28 = { instancePath: instancePath + "/manifests/" + i0 + "/platform", schemaPath: "#/properties/manifests/items/properties/platform/required", keyword: "required", params: { missingProperty: "os" }, message: "must have required property 'os'" };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                if (data13.architecture !== void 0) {
                  let data14 = data13.architecture;
                  if (typeof data14 === "string") {
                    if (func0(data14) < 1) {
                      const err29 = { instancePath: instancePath + "/manifests/" + i0 + "/platform/architecture", schemaPath: "#/properties/manifests/items/properties/platform/properties/architecture/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err29];
                      } else {
                        vErrors.push(err29);
                      }
                      errors++;
                    }
                  } else {
                    const err30 = { instancePath: instancePath + "/manifests/" + i0 + "/platform/architecture", schemaPath: "#/properties/manifests/items/properties/platform/properties/architecture/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
                if (data13.os !== void 0) {
                  let data15 = data13.os;
                  if (typeof data15 === "string") {
                    if (func0(data15) < 1) {
                      const err31 = { instancePath: instancePath + "/manifests/" + i0 + "/platform/os", schemaPath: "#/properties/manifests/items/properties/platform/properties/os/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                  } else {
                    const err32 = { instancePath: instancePath + "/manifests/" + i0 + "/platform/os", schemaPath: "#/properties/manifests/items/properties/platform/properties/os/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
                if (data13["os.version"] !== void 0) {
                  if (typeof data13["os.version"] !== "string") {
                    const err33 = { instancePath: instancePath + "/manifests/" + i0 + "/platform/os.version", schemaPath: "#/properties/manifests/items/properties/platform/properties/os.version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
                if (data13["os.features"] !== void 0) {
                  let data17 = data13["os.features"];
                  if (Array.isArray(data17)) {
                    const len2 = data17.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      if (typeof data17[i2] !== "string") {
                        const err34 = { instancePath: instancePath + "/manifests/" + i0 + "/platform/os.features/" + i2, schemaPath: "#/properties/manifests/items/properties/platform/properties/os.features/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err34];
                        } else {
                          vErrors.push(err34);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err35 = { instancePath: instancePath + "/manifests/" + i0 + "/platform/os.features", schemaPath: "#/properties/manifests/items/properties/platform/properties/os.features/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (data13.variant !== void 0) {
                  if (typeof data13.variant !== "string") {
                    const err36 = { instancePath: instancePath + "/manifests/" + i0 + "/platform/variant", schemaPath: "#/properties/manifests/items/properties/platform/properties/variant/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
                if (data13.features !== void 0) {
                  let data20 = data13.features;
                  if (Array.isArray(data20)) {
                    const len3 = data20.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      if (typeof data20[i3] !== "string") {
                        const err37 = { instancePath: instancePath + "/manifests/" + i0 + "/platform/features/" + i3, schemaPath: "#/properties/manifests/items/properties/platform/properties/features/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err37];
                        } else {
                          vErrors.push(err37);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err38 = { instancePath: instancePath + "/manifests/" + i0 + "/platform/features", schemaPath: "#/properties/manifests/items/properties/platform/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
              } else {
                const err39 = { instancePath: instancePath + "/manifests/" + i0 + "/platform", schemaPath: "#/properties/manifests/items/properties/platform/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
          } else {
            const err40 = { instancePath: instancePath + "/manifests/" + i0, schemaPath: "#/properties/manifests/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/manifests", schemaPath: "#/properties/manifests/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
  } else {
    const err42 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err42];
    } else {
      vErrors.push(err42);
    }
    errors++;
  }
  validate4.errors = vErrors;
  return errors === 0;
}
var imageConfig = validate5;
var schema5 = { "type": "object", "required": ["architecture", "os", "rootfs"], "properties": { "created": { "type": ["string", "null"], "pattern": "^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2})$" }, "author": { "type": ["string", "null"] }, "architecture": { "type": "string", "minLength": 1 }, "os": { "type": "string", "minLength": 1 }, "os.version": { "type": ["string", "null"] }, "os.features": { "type": ["array", "null"], "items": { "type": "string" } }, "variant": { "type": ["string", "null"] }, "config": { "type": ["object", "null"], "properties": { "User": { "type": ["string", "null"] }, "ExposedPorts": { "type": ["object", "null"], "additionalProperties": { "type": "object" }, "propertyNames": { "pattern": "^[0-9]+(?:-[0-9]+)?(?:/(?:tcp|udp|sctp))?$" } }, "Env": { "type": ["array", "null"], "items": { "type": "string", "pattern": "^[^=]+=" } }, "Entrypoint": { "type": ["array", "null"], "items": { "type": "string" } }, "Cmd": { "type": ["array", "null"], "items": { "type": "string" } }, "Volumes": { "type": ["object", "null"], "additionalProperties": { "type": "object" } }, "WorkingDir": { "type": ["string", "null"] }, "Labels": { "type": ["object", "null"], "additionalProperties": { "type": "string" } }, "StopSignal": { "type": ["string", "null"] }, "ArgsEscaped": { "type": ["boolean", "null"] } } }, "rootfs": { "type": "object", "required": ["type", "diff_ids"], "properties": { "type": { "type": "string", "const": "layers" }, "diff_ids": { "type": "array", "items": { "type": "string", "pattern": "^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}|(?!sha256:|sha512:)[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$" } } } }, "history": { "type": ["array", "null"], "items": { "type": "object", "properties": { "created": { "type": ["string", "null"], "pattern": "^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2})$" }, "author": { "type": ["string", "null"] }, "created_by": { "type": ["string", "null"] }, "comment": { "type": ["string", "null"] }, "empty_layer": { "type": ["boolean", "null"] } } } } } };
var pattern42 = new RegExp("^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2})$", "u");
var pattern43 = new RegExp("^[0-9]+(?:-[0-9]+)?(?:/(?:tcp|udp|sctp))?$", "u");
var pattern44 = new RegExp("^[^=]+=", "u");
function validate5(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.architecture === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "architecture" }, message: "must have required property 'architecture'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.os === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "os" }, message: "must have required property 'os'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.rootfs === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rootfs" }, message: "must have required property 'rootfs'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.created !== void 0) {
      let data0 = data.created;
      if (typeof data0 !== "string" && data0 !== null) {
        const err3 = { instancePath: instancePath + "/created", schemaPath: "#/properties/created/type", keyword: "type", params: { type: schema5.properties.created.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 === "string") {
        if (!pattern42.test(data0)) {
          const err4 = { instancePath: instancePath + "/created", schemaPath: "#/properties/created/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2})$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2})$"' };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.author !== void 0) {
      let data1 = data.author;
      if (typeof data1 !== "string" && data1 !== null) {
        const err5 = { instancePath: instancePath + "/author", schemaPath: "#/properties/author/type", keyword: "type", params: { type: schema5.properties.author.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.architecture !== void 0) {
      let data2 = data.architecture;
      if (typeof data2 === "string") {
        if (func0(data2) < 1) {
          const err6 = { instancePath: instancePath + "/architecture", schemaPath: "#/properties/architecture/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/architecture", schemaPath: "#/properties/architecture/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.os !== void 0) {
      let data3 = data.os;
      if (typeof data3 === "string") {
        if (func0(data3) < 1) {
          const err8 = { instancePath: instancePath + "/os", schemaPath: "#/properties/os/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/os", schemaPath: "#/properties/os/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data["os.version"] !== void 0) {
      let data4 = data["os.version"];
      if (typeof data4 !== "string" && data4 !== null) {
        const err10 = { instancePath: instancePath + "/os.version", schemaPath: "#/properties/os.version/type", keyword: "type", params: { type: schema5.properties["os.version"].type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data["os.features"] !== void 0) {
      let data5 = data["os.features"];
      if (!Array.isArray(data5) && data5 !== null) {
        const err11 = { instancePath: instancePath + "/os.features", schemaPath: "#/properties/os.features/type", keyword: "type", params: { type: schema5.properties["os.features"].type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data5[i0] !== "string") {
            const err12 = { instancePath: instancePath + "/os.features/" + i0, schemaPath: "#/properties/os.features/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      }
    }
    if (data.variant !== void 0) {
      let data7 = data.variant;
      if (typeof data7 !== "string" && data7 !== null) {
        const err13 = { instancePath: instancePath + "/variant", schemaPath: "#/properties/variant/type", keyword: "type", params: { type: schema5.properties.variant.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.config !== void 0) {
      let data8 = data.config;
      if (!(data8 && typeof data8 == "object" && !Array.isArray(data8)) && data8 !== null) {
        const err14 = { instancePath: instancePath + "/config", schemaPath: "#/properties/config/type", keyword: "type", params: { type: schema5.properties.config.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.User !== void 0) {
          let data9 = data8.User;
          if (typeof data9 !== "string" && data9 !== null) {
            const err15 = { instancePath: instancePath + "/config/User", schemaPath: "#/properties/config/properties/User/type", keyword: "type", params: { type: schema5.properties.config.properties.User.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data8.ExposedPorts !== void 0) {
          let data10 = data8.ExposedPorts;
          if (!(data10 && typeof data10 == "object" && !Array.isArray(data10)) && data10 !== null) {
            const err16 = { instancePath: instancePath + "/config/ExposedPorts", schemaPath: "#/properties/config/properties/ExposedPorts/type", keyword: "type", params: { type: schema5.properties.config.properties.ExposedPorts.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            for (const key0 in data10) {
              const _errs23 = errors;
              if (typeof key0 === "string") {
                if (!pattern43.test(key0)) {
                  const err17 = { instancePath: instancePath + "/config/ExposedPorts", schemaPath: "#/properties/config/properties/ExposedPorts/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(?:-[0-9]+)?(?:/(?:tcp|udp|sctp))?$" }, message: 'must match pattern "^[0-9]+(?:-[0-9]+)?(?:/(?:tcp|udp|sctp))?$"', propertyName: key0 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              }
              var valid4 = _errs23 === errors;
              if (!valid4) {
                const err18 = { instancePath: instancePath + "/config/ExposedPorts", schemaPath: "#/properties/config/properties/ExposedPorts/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            for (const key1 in data10) {
              let data11 = data10[key1];
              if (!(data11 && typeof data11 == "object" && !Array.isArray(data11))) {
                const err19 = { instancePath: instancePath + "/config/ExposedPorts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/config/properties/ExposedPorts/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          }
        }
        if (data8.Env !== void 0) {
          let data12 = data8.Env;
          if (!Array.isArray(data12) && data12 !== null) {
            const err20 = { instancePath: instancePath + "/config/Env", schemaPath: "#/properties/config/properties/Env/type", keyword: "type", params: { type: schema5.properties.config.properties.Env.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          if (Array.isArray(data12)) {
            const len1 = data12.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data13 = data12[i1];
              if (typeof data13 === "string") {
                if (!pattern44.test(data13)) {
                  const err21 = { instancePath: instancePath + "/config/Env/" + i1, schemaPath: "#/properties/config/properties/Env/items/pattern", keyword: "pattern", params: { pattern: "^[^=]+=" }, message: 'must match pattern "^[^=]+="' };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              } else {
                const err22 = { instancePath: instancePath + "/config/Env/" + i1, schemaPath: "#/properties/config/properties/Env/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          }
        }
        if (data8.Entrypoint !== void 0) {
          let data14 = data8.Entrypoint;
          if (!Array.isArray(data14) && data14 !== null) {
            const err23 = { instancePath: instancePath + "/config/Entrypoint", schemaPath: "#/properties/config/properties/Entrypoint/type", keyword: "type", params: { type: schema5.properties.config.properties.Entrypoint.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          if (Array.isArray(data14)) {
            const len2 = data14.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (typeof data14[i2] !== "string") {
                const err24 = { instancePath: instancePath + "/config/Entrypoint/" + i2, schemaPath: "#/properties/config/properties/Entrypoint/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          }
        }
        if (data8.Cmd !== void 0) {
          let data16 = data8.Cmd;
          if (!Array.isArray(data16) && data16 !== null) {
            const err25 = { instancePath: instancePath + "/config/Cmd", schemaPath: "#/properties/config/properties/Cmd/type", keyword: "type", params: { type: schema5.properties.config.properties.Cmd.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          if (Array.isArray(data16)) {
            const len3 = data16.length;
            for (let i3 = 0; i3 < len3; i3++) {
              if (typeof data16[i3] !== "string") {
                const err26 = { instancePath: instancePath + "/config/Cmd/" + i3, schemaPath: "#/properties/config/properties/Cmd/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
          }
        }
        if (data8.Volumes !== void 0) {
          let data18 = data8.Volumes;
          if (!(data18 && typeof data18 == "object" && !Array.isArray(data18)) && data18 !== null) {
            const err27 = { instancePath: instancePath + "/config/Volumes", schemaPath: "#/properties/config/properties/Volumes/type", keyword: "type", params: { type: schema5.properties.config.properties.Volumes.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            for (const key2 in data18) {
              let data19 = data18[key2];
              if (!(data19 && typeof data19 == "object" && !Array.isArray(data19))) {
                const err28 = { instancePath: instancePath + "/config/Volumes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/config/properties/Volumes/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          }
        }
        if (data8.WorkingDir !== void 0) {
          let data20 = data8.WorkingDir;
          if (typeof data20 !== "string" && data20 !== null) {
            const err29 = { instancePath: instancePath + "/config/WorkingDir", schemaPath: "#/properties/config/properties/WorkingDir/type", keyword: "type", params: { type: schema5.properties.config.properties.WorkingDir.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data8.Labels !== void 0) {
          let data21 = data8.Labels;
          if (!(data21 && typeof data21 == "object" && !Array.isArray(data21)) && data21 !== null) {
            const err30 = { instancePath: instancePath + "/config/Labels", schemaPath: "#/properties/config/properties/Labels/type", keyword: "type", params: { type: schema5.properties.config.properties.Labels.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            for (const key3 in data21) {
              if (typeof data21[key3] !== "string") {
                const err31 = { instancePath: instancePath + "/config/Labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/config/properties/Labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
          }
        }
        if (data8.StopSignal !== void 0) {
          let data23 = data8.StopSignal;
          if (typeof data23 !== "string" && data23 !== null) {
            const err32 = { instancePath: instancePath + "/config/StopSignal", schemaPath: "#/properties/config/properties/StopSignal/type", keyword: "type", params: { type: schema5.properties.config.properties.StopSignal.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data8.ArgsEscaped !== void 0) {
          let data24 = data8.ArgsEscaped;
          if (typeof data24 !== "boolean" && data24 !== null) {
            const err33 = { instancePath: instancePath + "/config/ArgsEscaped", schemaPath: "#/properties/config/properties/ArgsEscaped/type", keyword: "type", params: { type: schema5.properties.config.properties.ArgsEscaped.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      }
    }
    if (data.rootfs !== void 0) {
      let data25 = data.rootfs;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        if (data25.type === void 0) {
          const err34 = { instancePath: instancePath + "/rootfs", schemaPath: "#/properties/rootfs/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (data25.diff_ids === void 0) {
          const err35 = { instancePath: instancePath + "/rootfs", schemaPath: "#/properties/rootfs/required", keyword: "required", params: { missingProperty: "diff_ids" }, message: "must have required property 'diff_ids'" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (data25.type !== void 0) {
          let data26 = data25.type;
          if (typeof data26 !== "string") {
            const err36 = { instancePath: instancePath + "/rootfs/type", schemaPath: "#/properties/rootfs/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          if ("layers" !== data26) {
            const err37 = { instancePath: instancePath + "/rootfs/type", schemaPath: "#/properties/rootfs/properties/type/const", keyword: "const", params: { allowedValue: "layers" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data25.diff_ids !== void 0) {
          let data27 = data25.diff_ids;
          if (Array.isArray(data27)) {
            const len4 = data27.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data28 = data27[i4];
              if (typeof data28 === "string") {
                if (!pattern2.test(data28)) {
                  const err38 = { instancePath: instancePath + "/rootfs/diff_ids/" + i4, schemaPath: "#/properties/rootfs/properties/diff_ids/items/pattern", keyword: "pattern", params: { pattern: "^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}|(?!sha256:|sha512:)[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$" }, message: 'must match pattern "^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}|(?!sha256:|sha512:)[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$"' };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              } else {
                const err39 = { instancePath: instancePath + "/rootfs/diff_ids/" + i4, schemaPath: "#/properties/rootfs/properties/diff_ids/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
          } else {
            const err40 = { instancePath: instancePath + "/rootfs/diff_ids", schemaPath: "#/properties/rootfs/properties/diff_ids/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/rootfs", schemaPath: "#/properties/rootfs/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.history !== void 0) {
      let data29 = data.history;
      if (!Array.isArray(data29) && data29 !== null) {
        const err42 = { instancePath: instancePath + "/history", schemaPath: "#/properties/history/type", keyword: "type", params: { type: schema5.properties.history.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
      if (Array.isArray(data29)) {
        const len5 = data29.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data30 = data29[i5];
          if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
            if (data30.created !== void 0) {
              let data31 = data30.created;
              if (typeof data31 !== "string" && data31 !== null) {
                const err43 = { instancePath: instancePath + "/history/" + i5 + "/created", schemaPath: "#/properties/history/items/properties/created/type", keyword: "type", params: { type: schema5.properties.history.items.properties.created.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
              if (typeof data31 === "string") {
                if (!pattern42.test(data31)) {
                  const err44 = { instancePath: instancePath + "/history/" + i5 + "/created", schemaPath: "#/properties/history/items/properties/created/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2})$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2})$"' };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
              }
            }
            if (data30.author !== void 0) {
              let data32 = data30.author;
              if (typeof data32 !== "string" && data32 !== null) {
                const err45 = { instancePath: instancePath + "/history/" + i5 + "/author", schemaPath: "#/properties/history/items/properties/author/type", keyword: "type", params: { type: schema5.properties.history.items.properties.author.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data30.created_by !== void 0) {
              let data33 = data30.created_by;
              if (typeof data33 !== "string" && data33 !== null) {
                const err46 = { instancePath: instancePath + "/history/" + i5 + "/created_by", schemaPath: "#/properties/history/items/properties/created_by/type", keyword: "type", params: { type: schema5.properties.history.items.properties.created_by.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data30.comment !== void 0) {
              let data34 = data30.comment;
              if (typeof data34 !== "string" && data34 !== null) {
                const err47 = { instancePath: instancePath + "/history/" + i5 + "/comment", schemaPath: "#/properties/history/items/properties/comment/type", keyword: "type", params: { type: schema5.properties.history.items.properties.comment.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data30.empty_layer !== void 0) {
              let data35 = data30.empty_layer;
              if (typeof data35 !== "boolean" && data35 !== null) {
                const err48 = { instancePath: instancePath + "/history/" + i5 + "/empty_layer", schemaPath: "#/properties/history/items/properties/empty_layer/type", keyword: "type", params: { type: schema5.properties.history.items.properties.empty_layer.type }, message: "must be boolean,null" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
          } else {
            const err49 = { instancePath: instancePath + "/history/" + i5, schemaPath: "#/properties/history/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
      }
    }
  } else {
    const err50 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err50];
    } else {
      vErrors.push(err50);
    }
    errors++;
  }
  validate5.errors = vErrors;
  return errors === 0;
}
var descriptor = validate6;
function validate6(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.mediaType === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mediaType" }, message: "must have required property 'mediaType'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.digest === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property 'digest'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.size === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property 'size'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.mediaType !== void 0) {
      let data0 = data.mediaType;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err3 = { instancePath: instancePath + "/mediaType", schemaPath: "#/properties/mediaType/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$"' };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/mediaType", schemaPath: "#/properties/mediaType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.digest !== void 0) {
      let data1 = data.digest;
      if (typeof data1 === "string") {
        if (!pattern2.test(data1)) {
          const err5 = { instancePath: instancePath + "/digest", schemaPath: "#/properties/digest/pattern", keyword: "pattern", params: { pattern: "^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}|(?!sha256:|sha512:)[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$" }, message: 'must match pattern "^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}|(?!sha256:|sha512:)[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$"' };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/digest", schemaPath: "#/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.size !== void 0) {
      let data2 = data.size;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
        const err7 = { instancePath: instancePath + "/size", schemaPath: "#/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data2 == "number") {
        if (data2 > 9007199254740991 || isNaN(data2)) {
          const err8 = { instancePath: instancePath + "/size", schemaPath: "#/properties/size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data2 < 0 || isNaN(data2)) {
          const err9 = { instancePath: instancePath + "/size", schemaPath: "#/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.urls !== void 0) {
      let data3 = data.urls;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 === "string") {
            if (!pattern3.test(data4)) {
              const err10 = { instancePath: instancePath + "/urls/" + i0, schemaPath: "#/properties/urls/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$"' };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/urls/" + i0, schemaPath: "#/properties/urls/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/urls", schemaPath: "#/properties/urls/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.annotations !== void 0) {
      let data5 = data.annotations;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key0 in data5) {
          if (typeof data5[key0] !== "string") {
            const err13 = { instancePath: instancePath + "/annotations/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/annotations", schemaPath: "#/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      let data7 = data.data;
      if (typeof data7 === "string") {
        if (!pattern4.test(data7)) {
          const err15 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/]*={0,2}$" }, message: 'must match pattern "^[A-Za-z0-9+/]*={0,2}$"' };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.artifactType !== void 0) {
      let data8 = data.artifactType;
      if (typeof data8 === "string") {
        if (!pattern0.test(data8)) {
          const err17 = { instancePath: instancePath + "/artifactType", schemaPath: "#/properties/artifactType/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$"' };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/artifactType", schemaPath: "#/properties/artifactType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.platform !== void 0) {
      let data9 = data.platform;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.architecture === void 0) {
          const err19 = { instancePath: instancePath + "/platform", schemaPath: "#/properties/platform/required", keyword: "required", params: { missingProperty: "architecture" }, message: "must have required property 'architecture'" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data9.os === void 0) {
          const err20 = { instancePath: instancePath + "/platform", schemaPath: "#/properties/platform/required", keyword: "required", params: { missingProperty: "os" }, message: "must have required property 'os'" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data9.architecture !== void 0) {
          let data10 = data9.architecture;
          if (typeof data10 === "string") {
            if (func0(data10) < 1) {
              const err21 = { instancePath: instancePath + "/platform/architecture", schemaPath: "#/properties/platform/properties/architecture/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/platform/architecture", schemaPath: "#/properties/platform/properties/architecture/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data9.os !== void 0) {
          let data11 = data9.os;
          if (typeof data11 === "string") {
            if (func0(data11) < 1) {
              const err23 = { instancePath: instancePath + "/platform/os", schemaPath: "#/properties/platform/properties/os/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/platform/os", schemaPath: "#/properties/platform/properties/os/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data9["os.version"] !== void 0) {
          if (typeof data9["os.version"] !== "string") {
            const err25 = { instancePath: instancePath + "/platform/os.version", schemaPath: "#/properties/platform/properties/os.version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data9["os.features"] !== void 0) {
          let data13 = data9["os.features"];
          if (Array.isArray(data13)) {
            const len1 = data13.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (typeof data13[i1] !== "string") {
                const err26 = { instancePath: instancePath + "/platform/os.features/" + i1, schemaPath: "#/properties/platform/properties/os.features/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/platform/os.features", schemaPath: "#/properties/platform/properties/os.features/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data9.variant !== void 0) {
          if (typeof data9.variant !== "string") {
            const err28 = { instancePath: instancePath + "/platform/variant", schemaPath: "#/properties/platform/properties/variant/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data9.features !== void 0) {
          let data16 = data9.features;
          if (Array.isArray(data16)) {
            const len2 = data16.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (typeof data16[i2] !== "string") {
                const err29 = { instancePath: instancePath + "/platform/features/" + i2, schemaPath: "#/properties/platform/properties/features/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/platform/features", schemaPath: "#/properties/platform/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/platform", schemaPath: "#/properties/platform/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
  } else {
    const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate6.errors = vErrors;
  return errors === 0;
}
var VALIDATORS = { ociLayout, ociIndex, ociManifest, dockerManifest, dockerManifestList, imageConfig, descriptor };
function validatorOf(name) {
  return VALIDATORS[name];
}

// src/validate/schema-check.ts
function checkSchema(name, doc) {
  const validate = validatorOf(name);
  if (validate(doc)) return [];
  const issues = [];
  const seen = /* @__PURE__ */ new Set();
  for (const e of validate.errors ?? []) {
    const issue = toIssue(e, doc);
    const key = issue.path.join("\0") + "\0" + issue.message;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}
function pointerToPath(pointer) {
  if (!pointer) return [];
  const parts = pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  const out = [];
  for (const p of parts) {
    if (/^\d+$/.test(p) && out.length > 0) out[out.length - 1] += `[${p}]`;
    else out.push(/^[A-Za-z_][\w.-]*$/.test(p) ? p : JSON.stringify(p));
  }
  return out;
}
function valueAt(doc, pointer) {
  let v = doc;
  for (const raw of pointer.split("/").slice(1)) {
    const k = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (v === null || typeof v !== "object") return void 0;
    v = v[k];
  }
  return v;
}
function show(v) {
  if (v === void 0) return "nothing";
  const s = JSON.stringify(v);
  return s.length > 80 ? s.slice(0, 77) + "..." : s;
}
function typeName(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  if (typeof v === "number" && Number.isInteger(v)) return `the integer ${v}`;
  return `the ${typeof v} ${show(v)}`;
}
function toIssue(e, doc) {
  const path = pointerToPath(e.instancePath);
  const field = path.length ? path[path.length - 1] : "the document";
  const value = valueAt(doc, e.instancePath);
  const p = e.params;
  switch (e.keyword) {
    case "required":
      return { path, message: `required field "${String(p.missingProperty)}" is missing` };
    case "type": {
      const want = String(p.type).split(",").filter((t) => t !== "null").join(" or ");
      return { path, message: `${field} must be ${/^[aeiou]/.test(want) ? "an" : "a"} ${want}, not ${typeName(value)}` };
    }
    case "const":
      return { path, message: `${field} must be ${show(p.allowedValue)}, not ${show(value)}` };
    case "enum":
      return { path, message: `${field} must be one of ${p.allowedValues.map(show).join(", ")}, not ${show(value)}` };
    case "minimum":
      return { path, message: `${field} must not be negative (${show(value)})` };
    case "maximum":
      return { path, message: `${field} is too large to be a byte count (${show(value)})` };
    case "minLength":
      return { path, message: `${field} must not be empty` };
    case "propertyNames":
      return { path, message: `${field} has a key that is not of the form PORT[/tcp|/udp|/sctp]` };
    case "pattern":
      return { path, message: patternMessage(field, e.schemaPath, String(value)) };
    default:
      return { path, message: `${field} ${e.message ?? "is invalid"}` };
  }
}
function patternMessage(field, schemaPath, value) {
  if (field === "digest" || /diff_ids/.test(field) || /diff_ids/.test(schemaPath)) {
    return `${show(value)} is not a valid digest: ${describeDigestProblem(value)}`;
  }
  if (field === "mediaType" || field === "artifactType") return `${field} ${show(value)} is not a valid media type (type/subtype, RFC 6838)`;
  if (field === "created") return `${field} ${show(value)} is not an RFC 3339 date-time`;
  if (/^Env/.test(field)) return `${field} ${show(value)} is not of the form KEY=VALUE`;
  if (/^urls/.test(field)) return `${field} ${show(value)} is not a URL`;
  if (field === "data") return `data is not base64`;
  return `${field} ${show(value)} does not have the expected form`;
}

// src/oci/whiteout.ts
var WHITEOUT_PREFIX = ".wh.";
var OPAQUE_WHITEOUT = ".wh..wh..opq";
function classifyWhiteout(base) {
  if (!base.startsWith(WHITEOUT_PREFIX)) return { kind: "none" };
  if (base === OPAQUE_WHITEOUT) return { kind: "opaque" };
  if (base.startsWith(WHITEOUT_PREFIX + WHITEOUT_PREFIX)) return { kind: "aufs-meta" };
  const name = base.slice(WHITEOUT_PREFIX.length);
  if (name === "" || name === "." || name === "..") return { kind: "invalid" };
  return { kind: "whiteout", name };
}

export {
  classifyDigest,
  classifyWhiteout,
  checkSchema
};
