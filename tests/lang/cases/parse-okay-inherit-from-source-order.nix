{ inherit ({ zz = 1; }) zz; inherit ({ }); inherit ({ map = 1; }) map; a = { inherit ({ q = 1; }) q; }; a = { inherit ({ l = 1; }) l; }; }
