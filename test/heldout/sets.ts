/**
 * Every held-out set, oldest first: the one list the scorer (`npm run heldout -- --set vN`) and
 * the structural checks (sets.test.ts) read, so a new set is registered in one place.
 */
import { DIALOGUES } from './dialogues.js';
import { SCOPE } from './scope.js';
import type { Dialogue, ScopeQuestion } from './types.js';
import { DIALOGUES_V2 } from './v2/dialogues.js';
import { SCOPE_V2 } from './v2/scope.js';
import { DIALOGUES_V3 } from './v3/dialogues.js';
import { SCOPE_V3 } from './v3/scope.js';
import { DIALOGUES_V4 } from './v4/dialogues.js';
import { SCOPE_V4 } from './v4/scope.js';
import { DIALOGUES_V5 } from './v5/dialogues.js';
import { SCOPE_V5 } from './v5/scope.js';
import { DIALOGUES_V6 } from './v6/dialogues.js';
import { SCOPE_V6 } from './v6/scope.js';
import { DIALOGUES_V7 } from './v7/dialogues.js';
import { SCOPE_V7 } from './v7/scope.js';
import { DIALOGUES_V8 } from './v8/dialogues.js';
import { SCOPE_V8 } from './v8/scope.js';
import { DIALOGUES_V9 } from './v9/dialogues.js';
import { SCOPE_V9 } from './v9/scope.js';
import { DIALOGUES_V10 } from './v10/dialogues.js';
import { SCOPE_V10 } from './v10/scope.js';
import { DIALOGUES_V11 } from './v11/dialogues.js';
import { SCOPE_V11 } from './v11/scope.js';
import { DIALOGUES_V12 } from './v12/dialogues.js';
import { SCOPE_V12 } from './v12/scope.js';
import { DIALOGUES_V13 } from './v13/dialogues.js';
import { SCOPE_V13 } from './v13/scope.js';
import { DIALOGUES_V14 } from './v14/dialogues.js';
import { SCOPE_V14 } from './v14/scope.js';
import { DIALOGUES_V15 } from './v15/dialogues.js';
import { SCOPE_V15 } from './v15/scope.js';
import { DIALOGUES_V16 } from './v16/dialogues.js';
import { SCOPE_V16 } from './v16/scope.js';
import { DIALOGUES_V17 } from './v17/dialogues.js';
import { SCOPE_V17 } from './v17/scope.js';
import { DIALOGUES_V18 } from './v18/dialogues.js';
import { SCOPE_V18 } from './v18/scope.js';
import { DIALOGUES_V19 } from './v19/dialogues.js';
import { SCOPE_V19 } from './v19/scope.js';
import { DIALOGUES_V20 } from './v20/dialogues.js';
import { SCOPE_V20 } from './v20/scope.js';
import { DIALOGUES_V21 } from './v21/dialogues.js';
import { SCOPE_V21 } from './v21/scope.js';
import { DIALOGUES_V22 } from './v22/dialogues.js';
import { SCOPE_V22 } from './v22/scope.js';
import { DIALOGUES_V23 } from './v23/dialogues.js';
import { SCOPE_V23 } from './v23/scope.js';
import { DIALOGUES_V24 } from './v24/dialogues.js';
import { SCOPE_V24 } from './v24/scope.js';
import { DIALOGUES_V25 } from './v25/dialogues.js';
import { SCOPE_V25 } from './v25/scope.js';
import { DIALOGUES_V26 } from './v26/dialogues.js';
import { SCOPE_V26 } from './v26/scope.js';
import { DIALOGUES_V27 } from './v27/dialogues.js';
import { SCOPE_V27 } from './v27/scope.js';
import { DIALOGUES_V28 } from './v28/dialogues.js';
import { SCOPE_V28 } from './v28/scope.js';
import { DIALOGUES_V29 } from './v29/dialogues.js';
import { SCOPE_V29 } from './v29/scope.js';
import { DIALOGUES_V30 } from './v30/dialogues.js';
import { SCOPE_V30 } from './v30/scope.js';
import { DIALOGUES_V31 } from './v31/dialogues.js';
import { SCOPE_V31 } from './v31/scope.js';
import { DIALOGUES_V32 } from './v32/dialogues.js';
import { SCOPE_V32 } from './v32/scope.js';
import { DIALOGUES_V33 } from './v33/dialogues.js';
import { SCOPE_V33 } from './v33/scope.js';
import { DIALOGUES_V34 } from './v34/dialogues.js';
import { SCOPE_V34 } from './v34/scope.js';
import { DIALOGUES_V35 } from './v35/dialogues.js';
import { SCOPE_V35 } from './v35/scope.js';
import { DIALOGUES_V36 } from './v36/dialogues.js';
import { SCOPE_V36 } from './v36/scope.js';
import { DIALOGUES_V39 } from './v39/dialogues.js';
import { SCOPE_V39 } from './v39/scope.js';
import { DIALOGUES_V37 } from './v37/dialogues.js';
import { SCOPE_V37 } from './v37/scope.js';
import { DIALOGUES_V38 } from './v38/dialogues.js';
import { SCOPE_V38 } from './v38/scope.js';
import { DIALOGUES_V40 } from './v40/dialogues.js';
import { SCOPE_V40 } from './v40/scope.js';
import { DIALOGUES_V41 } from './v41/dialogues.js';
import { SCOPE_V41 } from './v41/scope.js';
import { DIALOGUES_V42 } from './v42/dialogues.js';
import { SCOPE_V42 } from './v42/scope.js';
import { DIALOGUES_V43 } from './v43/dialogues.js';
import { SCOPE_V43 } from './v43/scope.js';
import { DIALOGUES_V44 } from './v44/dialogues.js';
import { SCOPE_V44 } from './v44/scope.js';
import { DIALOGUES_V45 } from './v45/dialogues.js';
import { SCOPE_V45 } from './v45/scope.js';
import { DIALOGUES_V46 } from './v46/dialogues.js';
import { SCOPE_V46 } from './v46/scope.js';
import { DIALOGUES_V47 } from './v47/dialogues.js';
import { SCOPE_V47 } from './v47/scope.js';
import { DIALOGUES_V48 } from './v48/dialogues.js';
import { SCOPE_V48 } from './v48/scope.js';
import { DIALOGUES_V50 } from './v50/dialogues.js';
import { SCOPE_V50 } from './v50/scope.js';
import { DIALOGUES_V49 } from './v49/dialogues.js';
import { SCOPE_V49 } from './v49/scope.js';
import { DIALOGUES_V51 } from './v51/dialogues.js';
import { SCOPE_V51 } from './v51/scope.js';
import { DIALOGUES_V52 } from './v52/dialogues.js';
import { SCOPE_V52 } from './v52/scope.js';
import { DIALOGUES_V53 } from './v53/dialogues.js';
import { SCOPE_V53 } from './v53/scope.js';
import { DIALOGUES_V54 } from './v54/dialogues.js';
import { SCOPE_V54 } from './v54/scope.js';
import { DIALOGUES_V55 } from './v55/dialogues.js';
import { SCOPE_V55 } from './v55/scope.js';
import { DIALOGUES_V56 } from './v56/dialogues.js';
import { SCOPE_V56 } from './v56/scope.js';
import { DIALOGUES_V57 } from './v57/dialogues.js';
import { SCOPE_V57 } from './v57/scope.js';
import { DIALOGUES_V58 } from './v58/dialogues.js';
import { SCOPE_V58 } from './v58/scope.js';
import { DIALOGUES_V59 } from './v59/dialogues.js';
import { SCOPE_V59 } from './v59/scope.js';
import { DIALOGUES_V60 } from './v60/dialogues.js';
import { SCOPE_V60 } from './v60/scope.js';
import { DIALOGUES_V61 } from './v61/dialogues.js';
import { SCOPE_V61 } from './v61/scope.js';
import { DIALOGUES_V62 } from './v62/dialogues.js';
import { SCOPE_V62 } from './v62/scope.js';
import { DIALOGUES_V63 } from './v63/dialogues.js';
import { SCOPE_V63 } from './v63/scope.js';
import { DIALOGUES_V64 } from './v64/dialogues.js';
import { SCOPE_V64 } from './v64/scope.js';
import { DIALOGUES_V65 } from './v65/dialogues.js';
import { SCOPE_V65 } from './v65/scope.js';
import { DIALOGUES_V66 } from './v66/dialogues.js';
import { SCOPE_V66 } from './v66/scope.js';
import { DIALOGUES_V67 } from './v67/dialogues.js';
import { SCOPE_V67 } from './v67/scope.js';
import { DIALOGUES_V68 } from './v68/dialogues.js';
import { SCOPE_V68 } from './v68/scope.js';
import { DIALOGUES_V69 } from './v69/dialogues.js';
import { SCOPE_V69 } from './v69/scope.js';
import { DIALOGUES_V70 } from './v70/dialogues.js';
import { SCOPE_V70 } from './v70/scope.js';
import { DIALOGUES_V71 } from './v71/dialogues.js';
import { SCOPE_V71 } from './v71/scope.js';
import { DIALOGUES_V72 } from './v72/dialogues.js';
import { SCOPE_V72 } from './v72/scope.js';
import { DIALOGUES_V73 } from './v73/dialogues.js';
import { SCOPE_V73 } from './v73/scope.js';
import { DIALOGUES_V74 } from './v74/dialogues.js';
import { SCOPE_V74 } from './v74/scope.js';
import { DIALOGUES_V75 } from './v75/dialogues.js';
import { SCOPE_V75 } from './v75/scope.js';
import { DIALOGUES_V76 } from './v76/dialogues.js';
import { SCOPE_V76 } from './v76/scope.js';
import { DIALOGUES_V77 } from './v77/dialogues.js';
import { SCOPE_V77 } from './v77/scope.js';
import { DIALOGUES_V78 } from './v78/dialogues.js';
import { SCOPE_V78 } from './v78/scope.js';
import { DIALOGUES_V79 } from './v79/dialogues.js';
import { SCOPE_V79 } from './v79/scope.js';
import { DIALOGUES_V80 } from './v80/dialogues.js';
import { SCOPE_V80 } from './v80/scope.js';
import { DIALOGUES_V81 } from './v81/dialogues.js';
import { SCOPE_V81 } from './v81/scope.js';
import { DIALOGUES_V82 } from './v82/dialogues.js';
import { SCOPE_V82 } from './v82/scope.js';
import { DIALOGUES_V83 } from './v83/dialogues.js';
import { SCOPE_V83 } from './v83/scope.js';
import { DIALOGUES_V84 } from './v84/dialogues.js';
import { SCOPE_V84 } from './v84/scope.js';
import { DIALOGUES_V85 } from './v85/dialogues.js';
import { SCOPE_V85 } from './v85/scope.js';
import { DIALOGUES_V86 } from './v86/dialogues.js';
import { SCOPE_V86 } from './v86/scope.js';
import { DIALOGUES_V87 } from './v87/dialogues.js';
import { SCOPE_V87 } from './v87/scope.js';
import { DIALOGUES_V88 } from './v88/dialogues.js';
import { SCOPE_V88 } from './v88/scope.js';
import { DIALOGUES_V89 } from './v89/dialogues.js';
import { SCOPE_V89 } from './v89/scope.js';
import { DIALOGUES_V90 } from './v90/dialogues.js';
import { SCOPE_V90 } from './v90/scope.js';
import { DIALOGUES_V91 } from './v91/dialogues.js';
import { SCOPE_V91 } from './v91/scope.js';
import { DIALOGUES_V92 } from './v92/dialogues.js';
import { SCOPE_V92 } from './v92/scope.js';
import { DIALOGUES_V93 } from './v93/dialogues.js';
import { SCOPE_V93 } from './v93/scope.js';
import { DIALOGUES_V94 } from './v94/dialogues.js';
import { SCOPE_V94 } from './v94/scope.js';
import { DIALOGUES_V95 } from './v95/dialogues.js';
import { SCOPE_V95 } from './v95/scope.js';
import { DIALOGUES_V96 } from './v96/dialogues.js';
import { SCOPE_V96 } from './v96/scope.js';
import { DIALOGUES_V97 } from './v97/dialogues.js';
import { SCOPE_V97 } from './v97/scope.js';
import { DIALOGUES_V98 } from './v98/dialogues.js';
import { SCOPE_V98 } from './v98/scope.js';
import { DIALOGUES_V99 } from './v99/dialogues.js';
import { SCOPE_V99 } from './v99/scope.js';
import { DIALOGUES_V100 } from './v100/dialogues.js';
import { SCOPE_V100 } from './v100/scope.js';
import { DIALOGUES_V101 } from './v101/dialogues.js';
import { SCOPE_V101 } from './v101/scope.js';
import { DIALOGUES_V102 } from './v102/dialogues.js';
import { SCOPE_V102 } from './v102/scope.js';
import { DIALOGUES_V103 } from './v103/dialogues.js';
import { SCOPE_V103 } from './v103/scope.js';
import { DIALOGUES_V104 } from './v104/dialogues.js';
import { SCOPE_V104 } from './v104/scope.js';
import { DIALOGUES_V105 } from './v105/dialogues.js';
import { SCOPE_V105 } from './v105/scope.js';
import { DIALOGUES_V106 } from './v106/dialogues.js';
import { SCOPE_V106 } from './v106/scope.js';
import { DIALOGUES_V107 } from './v107/dialogues.js';
import { SCOPE_V107 } from './v107/scope.js';
import { DIALOGUES_V108 } from './v108/dialogues.js';
import { SCOPE_V108 } from './v108/scope.js';
import { DIALOGUES_V109 } from './v109/dialogues.js';
import { SCOPE_V109 } from './v109/scope.js';
import { DIALOGUES_V110 } from './v110/dialogues.js';
import { SCOPE_V110 } from './v110/scope.js';
import { DIALOGUES_V111 } from './v111/dialogues.js';
import { SCOPE_V111 } from './v111/scope.js';
import { DIALOGUES_V112 } from './v112/dialogues.js';
import { SCOPE_V112 } from './v112/scope.js';
import { DIALOGUES_V113 } from './v113/dialogues.js';
import { SCOPE_V113 } from './v113/scope.js';
import { DIALOGUES_V114 } from './v114/dialogues.js';
import { SCOPE_V114 } from './v114/scope.js';
import { DIALOGUES_V115 } from './v115/dialogues.js';
import { SCOPE_V115 } from './v115/scope.js';
import { DIALOGUES_V116 } from './v116/dialogues.js';
import { SCOPE_V116 } from './v116/scope.js';
import { DIALOGUES_V117 } from './v117/dialogues.js';
import { SCOPE_V117 } from './v117/scope.js';
import { DIALOGUES_V118 } from './v118/dialogues.js';
import { SCOPE_V118 } from './v118/scope.js';
import { DIALOGUES_V119 } from './v119/dialogues.js';
import { SCOPE_V119 } from './v119/scope.js';
import { DIALOGUES_V120 } from './v120/dialogues.js';
import { SCOPE_V120 } from './v120/scope.js';
import { DIALOGUES_V121 } from './v121/dialogues.js';
import { SCOPE_V121 } from './v121/scope.js';
import { DIALOGUES_V122 } from './v122/dialogues.js';
import { SCOPE_V122 } from './v122/scope.js';
import { DIALOGUES_V123 } from './v123/dialogues.js';
import { SCOPE_V123 } from './v123/scope.js';
import { DIALOGUES_V124 } from './v124/dialogues.js';
import { SCOPE_V124 } from './v124/scope.js';
import { DIALOGUES_V125 } from './v125/dialogues.js';
import { SCOPE_V125 } from './v125/scope.js';
import { DIALOGUES_V126 } from './v126/dialogues.js';
import { SCOPE_V126 } from './v126/scope.js';
import { DIALOGUES_V127 } from './v127/dialogues.js';
import { SCOPE_V127 } from './v127/scope.js';
import { DIALOGUES_V128 } from './v128/dialogues.js';
import { SCOPE_V128 } from './v128/scope.js';
import { DIALOGUES_V129 } from './v129/dialogues.js';
import { SCOPE_V129 } from './v129/scope.js';
import { DIALOGUES_V130 } from './v130/dialogues.js';
import { SCOPE_V130 } from './v130/scope.js';
import { DIALOGUES_V131 } from './v131/dialogues.js';
import { SCOPE_V131 } from './v131/scope.js';
import { DIALOGUES_V132 } from './v132/dialogues.js';
import { SCOPE_V132 } from './v132/scope.js';
import { DIALOGUES_V133 } from './v133/dialogues.js';
import { SCOPE_V133 } from './v133/scope.js';
import { DIALOGUES_V134 } from './v134/dialogues.js';
import { SCOPE_V134 } from './v134/scope.js';
import { DIALOGUES_V135 } from './v135/dialogues.js';
import { SCOPE_V135 } from './v135/scope.js';

export interface HeldOutSet {
  name: string;
  dialogues: readonly Dialogue[];
  scope: readonly ScopeQuestion[];
}

export const HELD_OUT_SETS: readonly HeldOutSet[] = [
  { name: 'v1', dialogues: DIALOGUES, scope: SCOPE },
  { name: 'v2', dialogues: DIALOGUES_V2, scope: SCOPE_V2 },
  { name: 'v3', dialogues: DIALOGUES_V3, scope: SCOPE_V3 },
  { name: 'v4', dialogues: DIALOGUES_V4, scope: SCOPE_V4 },
  { name: 'v5', dialogues: DIALOGUES_V5, scope: SCOPE_V5 },
  { name: 'v6', dialogues: DIALOGUES_V6, scope: SCOPE_V6 },
  { name: 'v7', dialogues: DIALOGUES_V7, scope: SCOPE_V7 },
  { name: 'v8', dialogues: DIALOGUES_V8, scope: SCOPE_V8 },
  { name: 'v9', dialogues: DIALOGUES_V9, scope: SCOPE_V9 },
  { name: 'v10', dialogues: DIALOGUES_V10, scope: SCOPE_V10 },
  { name: 'v11', dialogues: DIALOGUES_V11, scope: SCOPE_V11 },
  { name: 'v12', dialogues: DIALOGUES_V12, scope: SCOPE_V12 },
  { name: 'v13', dialogues: DIALOGUES_V13, scope: SCOPE_V13 },
  { name: 'v14', dialogues: DIALOGUES_V14, scope: SCOPE_V14 },
  { name: 'v15', dialogues: DIALOGUES_V15, scope: SCOPE_V15 },
  { name: 'v16', dialogues: DIALOGUES_V16, scope: SCOPE_V16 },
  { name: 'v17', dialogues: DIALOGUES_V17, scope: SCOPE_V17 },
  { name: 'v18', dialogues: DIALOGUES_V18, scope: SCOPE_V18 },
  { name: 'v19', dialogues: DIALOGUES_V19, scope: SCOPE_V19 },
  { name: 'v20', dialogues: DIALOGUES_V20, scope: SCOPE_V20 },
  { name: 'v21', dialogues: DIALOGUES_V21, scope: SCOPE_V21 },
  { name: 'v22', dialogues: DIALOGUES_V22, scope: SCOPE_V22 },
  { name: 'v23', dialogues: DIALOGUES_V23, scope: SCOPE_V23 },
  { name: 'v24', dialogues: DIALOGUES_V24, scope: SCOPE_V24 },
  { name: 'v25', dialogues: DIALOGUES_V25, scope: SCOPE_V25 },
  { name: 'v26', dialogues: DIALOGUES_V26, scope: SCOPE_V26 },
  { name: 'v27', dialogues: DIALOGUES_V27, scope: SCOPE_V27 },
  { name: 'v28', dialogues: DIALOGUES_V28, scope: SCOPE_V28 },
  { name: 'v29', dialogues: DIALOGUES_V29, scope: SCOPE_V29 },
  { name: 'v30', dialogues: DIALOGUES_V30, scope: SCOPE_V30 },
  { name: 'v31', dialogues: DIALOGUES_V31, scope: SCOPE_V31 },
  { name: 'v32', dialogues: DIALOGUES_V32, scope: SCOPE_V32 },
  { name: 'v33', dialogues: DIALOGUES_V33, scope: SCOPE_V33 },
  { name: 'v34', dialogues: DIALOGUES_V34, scope: SCOPE_V34 },
  { name: 'v35', dialogues: DIALOGUES_V35, scope: SCOPE_V35 },
  { name: 'v36', dialogues: DIALOGUES_V36, scope: SCOPE_V36 },
  { name: 'v39', dialogues: DIALOGUES_V39, scope: SCOPE_V39 },
  { name: 'v37', dialogues: DIALOGUES_V37, scope: SCOPE_V37 },
  { name: 'v38', dialogues: DIALOGUES_V38, scope: SCOPE_V38 },
  { name: 'v40', dialogues: DIALOGUES_V40, scope: SCOPE_V40 },
  { name: 'v41', dialogues: DIALOGUES_V41, scope: SCOPE_V41 },
  { name: 'v42', dialogues: DIALOGUES_V42, scope: SCOPE_V42 },
  { name: 'v43', dialogues: DIALOGUES_V43, scope: SCOPE_V43 },
  { name: 'v44', dialogues: DIALOGUES_V44, scope: SCOPE_V44 },
  { name: 'v45', dialogues: DIALOGUES_V45, scope: SCOPE_V45 },
  { name: 'v46', dialogues: DIALOGUES_V46, scope: SCOPE_V46 },
  { name: 'v47', dialogues: DIALOGUES_V47, scope: SCOPE_V47 },
  { name: 'v48', dialogues: DIALOGUES_V48, scope: SCOPE_V48 },
  { name: 'v50', dialogues: DIALOGUES_V50, scope: SCOPE_V50 },
  { name: 'v49', dialogues: DIALOGUES_V49, scope: SCOPE_V49 },
  { name: 'v51', dialogues: DIALOGUES_V51, scope: SCOPE_V51 },
  { name: 'v52', dialogues: DIALOGUES_V52, scope: SCOPE_V52 },
  { name: 'v53', dialogues: DIALOGUES_V53, scope: SCOPE_V53 },
  { name: 'v54', dialogues: DIALOGUES_V54, scope: SCOPE_V54 },
  { name: 'v55', dialogues: DIALOGUES_V55, scope: SCOPE_V55 },
  { name: 'v56', dialogues: DIALOGUES_V56, scope: SCOPE_V56 },
  { name: 'v57', dialogues: DIALOGUES_V57, scope: SCOPE_V57 },
  { name: 'v58', dialogues: DIALOGUES_V58, scope: SCOPE_V58 },
  { name: 'v59', dialogues: DIALOGUES_V59, scope: SCOPE_V59 },
  { name: 'v60', dialogues: DIALOGUES_V60, scope: SCOPE_V60 },
  { name: 'v61', dialogues: DIALOGUES_V61, scope: SCOPE_V61 },
  { name: 'v62', dialogues: DIALOGUES_V62, scope: SCOPE_V62 },
  { name: 'v63', dialogues: DIALOGUES_V63, scope: SCOPE_V63 },
  { name: 'v64', dialogues: DIALOGUES_V64, scope: SCOPE_V64 },
  { name: 'v65', dialogues: DIALOGUES_V65, scope: SCOPE_V65 },
  { name: 'v66', dialogues: DIALOGUES_V66, scope: SCOPE_V66 },
  { name: 'v67', dialogues: DIALOGUES_V67, scope: SCOPE_V67 },
  { name: 'v68', dialogues: DIALOGUES_V68, scope: SCOPE_V68 },
  { name: 'v69', dialogues: DIALOGUES_V69, scope: SCOPE_V69 },
  { name: 'v70', dialogues: DIALOGUES_V70, scope: SCOPE_V70 },
  { name: 'v71', dialogues: DIALOGUES_V71, scope: SCOPE_V71 },
  { name: 'v72', dialogues: DIALOGUES_V72, scope: SCOPE_V72 },
  { name: 'v73', dialogues: DIALOGUES_V73, scope: SCOPE_V73 },
  { name: 'v74', dialogues: DIALOGUES_V74, scope: SCOPE_V74 },
  { name: 'v75', dialogues: DIALOGUES_V75, scope: SCOPE_V75 },
  { name: 'v76', dialogues: DIALOGUES_V76, scope: SCOPE_V76 },
  { name: 'v77', dialogues: DIALOGUES_V77, scope: SCOPE_V77 },
  { name: 'v78', dialogues: DIALOGUES_V78, scope: SCOPE_V78 },
  { name: 'v79', dialogues: DIALOGUES_V79, scope: SCOPE_V79 },
  { name: 'v80', dialogues: DIALOGUES_V80, scope: SCOPE_V80 },
  { name: 'v81', dialogues: DIALOGUES_V81, scope: SCOPE_V81 },
  { name: 'v82', dialogues: DIALOGUES_V82, scope: SCOPE_V82 },
  { name: 'v83', dialogues: DIALOGUES_V83, scope: SCOPE_V83 },
  { name: 'v84', dialogues: DIALOGUES_V84, scope: SCOPE_V84 },
  { name: 'v85', dialogues: DIALOGUES_V85, scope: SCOPE_V85 },
  { name: 'v86', dialogues: DIALOGUES_V86, scope: SCOPE_V86 },
  { name: 'v87', dialogues: DIALOGUES_V87, scope: SCOPE_V87 },
  { name: 'v88', dialogues: DIALOGUES_V88, scope: SCOPE_V88 },
  { name: 'v89', dialogues: DIALOGUES_V89, scope: SCOPE_V89 },
  { name: 'v90', dialogues: DIALOGUES_V90, scope: SCOPE_V90 },
  { name: 'v91', dialogues: DIALOGUES_V91, scope: SCOPE_V91 },
  { name: 'v92', dialogues: DIALOGUES_V92, scope: SCOPE_V92 },
  { name: 'v93', dialogues: DIALOGUES_V93, scope: SCOPE_V93 },
  { name: 'v94', dialogues: DIALOGUES_V94, scope: SCOPE_V94 },
  { name: 'v95', dialogues: DIALOGUES_V95, scope: SCOPE_V95 },
  { name: 'v96', dialogues: DIALOGUES_V96, scope: SCOPE_V96 },
  { name: 'v97', dialogues: DIALOGUES_V97, scope: SCOPE_V97 },
  { name: 'v98', dialogues: DIALOGUES_V98, scope: SCOPE_V98 },
  { name: 'v99', dialogues: DIALOGUES_V99, scope: SCOPE_V99 },
  { name: 'v100', dialogues: DIALOGUES_V100, scope: SCOPE_V100 },
  { name: 'v101', dialogues: DIALOGUES_V101, scope: SCOPE_V101 },
  { name: 'v102', dialogues: DIALOGUES_V102, scope: SCOPE_V102 },
  { name: 'v103', dialogues: DIALOGUES_V103, scope: SCOPE_V103 },
  { name: 'v104', dialogues: DIALOGUES_V104, scope: SCOPE_V104 },
  { name: 'v105', dialogues: DIALOGUES_V105, scope: SCOPE_V105 },
  { name: 'v106', dialogues: DIALOGUES_V106, scope: SCOPE_V106 },
  { name: 'v107', dialogues: DIALOGUES_V107, scope: SCOPE_V107 },
  { name: 'v108', dialogues: DIALOGUES_V108, scope: SCOPE_V108 },
  { name: 'v109', dialogues: DIALOGUES_V109, scope: SCOPE_V109 },
  { name: 'v110', dialogues: DIALOGUES_V110, scope: SCOPE_V110 },
  { name: 'v111', dialogues: DIALOGUES_V111, scope: SCOPE_V111 },
  { name: 'v112', dialogues: DIALOGUES_V112, scope: SCOPE_V112 },
  { name: 'v113', dialogues: DIALOGUES_V113, scope: SCOPE_V113 },
  { name: 'v114', dialogues: DIALOGUES_V114, scope: SCOPE_V114 },
  { name: 'v115', dialogues: DIALOGUES_V115, scope: SCOPE_V115 },
  { name: 'v116', dialogues: DIALOGUES_V116, scope: SCOPE_V116 },
  { name: 'v117', dialogues: DIALOGUES_V117, scope: SCOPE_V117 },
  { name: 'v118', dialogues: DIALOGUES_V118, scope: SCOPE_V118 },
  { name: 'v119', dialogues: DIALOGUES_V119, scope: SCOPE_V119 },
  { name: 'v120', dialogues: DIALOGUES_V120, scope: SCOPE_V120 },
  { name: 'v121', dialogues: DIALOGUES_V121, scope: SCOPE_V121 },
  { name: 'v122', dialogues: DIALOGUES_V122, scope: SCOPE_V122 },
  { name: 'v123', dialogues: DIALOGUES_V123, scope: SCOPE_V123 },
  { name: 'v124', dialogues: DIALOGUES_V124, scope: SCOPE_V124 },
  { name: 'v125', dialogues: DIALOGUES_V125, scope: SCOPE_V125 },
  { name: 'v126', dialogues: DIALOGUES_V126, scope: SCOPE_V126 },
  { name: 'v127', dialogues: DIALOGUES_V127, scope: SCOPE_V127 },
  { name: 'v128', dialogues: DIALOGUES_V128, scope: SCOPE_V128 },
  { name: 'v129', dialogues: DIALOGUES_V129, scope: SCOPE_V129 },
  { name: 'v130', dialogues: DIALOGUES_V130, scope: SCOPE_V130 },
  { name: 'v131', dialogues: DIALOGUES_V131, scope: SCOPE_V131 },
  { name: 'v132', dialogues: DIALOGUES_V132, scope: SCOPE_V132 },
  { name: 'v133', dialogues: DIALOGUES_V133, scope: SCOPE_V133 },
  { name: 'v134', dialogues: DIALOGUES_V134, scope: SCOPE_V134 },
  { name: 'v135', dialogues: DIALOGUES_V135, scope: SCOPE_V135 },
];
